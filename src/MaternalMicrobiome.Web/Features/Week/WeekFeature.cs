namespace MaternalMicrobiome.Web.Features.Week;

/// <summary>The week at a glance.</summary>
public static class WeekFeature
{
    public static IServiceCollection AddWeekFeature(this IServiceCollection services) => services
        .AddScoped<WeekService>();
}
