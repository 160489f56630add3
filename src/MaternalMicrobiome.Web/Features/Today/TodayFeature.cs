namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>Logging meals, drinks and check-ins for a day.</summary>
public static class TodayFeature
{
    public static IServiceCollection AddTodayFeature(this IServiceCollection services) => services
        .AddScoped<MealLogService>()
        .AddScoped<CheckInService>();
}
