namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>Weekly meal plans, templates and shopping lists.</summary>
public static class PlansFeature
{
    public static IServiceCollection AddPlansFeature(this IServiceCollection services) => services
        .AddScoped<MealPlanService>();
}
