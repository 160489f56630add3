using FluentValidation;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Notifications;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Features.PracticeDetails;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Trends;
using MaternalMicrobiome.Web.Features.Week;

namespace MaternalMicrobiome.Web.Hosting;

public static class AppServicesSetup
{
    /// <summary>The services every feature shares, then each feature's own (one registration per feature).</summary>
    public static IServiceCollection AddAppServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddValidatorsFromAssemblyContaining<MealEntryRequestValidator>(ServiceLifetime.Singleton);

        // Read now, not on first use, so a broken seeds/plant-species.csv stops the start.
        services.AddSingleton(SeedLoader.ReadPlantNames(Path.Combine(AppContext.BaseDirectory, "seeds")));
        services.AddSingleton<CatalogVersion>();
        services.AddSingleton<CatalogIndex>();
        services.AddSingleton<SharedFoodCache>();
        services.AddSingleton<ReferenceCatalog>();
        services.AddScoped<FoodSearchService>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ClientAccess>();

        return services
            .AddAccountFeature()
            .AddCatalogFeature()
            .AddTodayFeature()
            .AddWeekFeature()
            .AddTrendsFeature()
            .AddMyDataFeature()
            .AddProfileFeature()
            .AddMyFoodsFeature()
            .AddPlansFeature()
            .AddClientsFeature()
            .AddCommentsFeature()
            .AddNotificationsFeature()
            .AddTargetsFeature()
            .AddPracticeFeature()
            .AddReportsFeature()
            .AddPracticeDetailsFeature()
            .AddAdminFeature();
    }
}
