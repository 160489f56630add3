using MaternalMicrobiome.Web.Components.Pages.Plans;

namespace MaternalMicrobiome.Web.Hosting;

public static class PlanServicesSetup
{
    /// <summary>Weekly meal plans, templates and shopping lists (their validators come with AddAppServices' assembly scan).</summary>
    public static IServiceCollection AddPlanServices(this IServiceCollection services)
    {
        services.AddScoped<MealPlanService>();
        return services;
    }
}
