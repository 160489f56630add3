using FluentValidation;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Pages.Admin;
using MaternalMicrobiome.Web.Components.Pages.Catalog;
using MaternalMicrobiome.Web.Components.Pages.MyFoods;
using MaternalMicrobiome.Web.Components.Pages.Profile;
using MaternalMicrobiome.Web.Components.Pages.Today;

namespace MaternalMicrobiome.Web.Hosting;

public static class AppServicesSetup
{
    /// <summary>The use-case services the pages call, and the validators they run.</summary>
    public static IServiceCollection AddAppServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddValidatorsFromAssemblyContaining<MealEntryRequestValidator>(ServiceLifetime.Singleton);

        // Read now, not on first use, so a broken seeds/plant-species.csv stops the start.
        services.AddSingleton(SeedLoader.ReadPlantNames(Path.Combine(AppContext.BaseDirectory, "seeds")));
        services.AddSingleton<CatalogVersion>();
        services.AddSingleton<CatalogIndex>();
        services.AddSingleton<SharedFoodCache>();
        services.AddScoped<FoodSearchService>();
        services.AddSingleton<ReferenceCatalog>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ClientAccess>();
        services.AddScoped<AccountService>();
        services.AddScoped<CatalogService>();
        services.AddScoped<MealLogService>();
        services.AddScoped<CheckInService>();
        services.AddScoped<Components.Pages.Trends.TrendsService>();
        services.AddScoped<Components.Pages.MyData.MyDataService>();
        services.AddScoped<MaternalMicrobiome.Web.Components.Pages.Week.WeekService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<FoodCatalogService>();
        services.AddScoped<FavouritesService>();
        services.AddScoped<Components.Pages.Admin.Foods.FoodAdminService>();
        services.AddScoped<Components.Pages.Admin.Foods.FoodCsvService>();
        services.AddScoped<Components.Pages.Admin.References.ReferenceAdminService>();
        services.AddScoped<Components.Pages.Admin.Audit.AuditTrailService>();
        services.AddScoped<MyFoodsService>();
        services.AddPlanServices();
        services.AddClientReviewServices();
        services.AddPracticeServices();
        return services;
    }
}
