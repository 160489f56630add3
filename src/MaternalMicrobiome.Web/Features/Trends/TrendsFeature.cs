namespace MaternalMicrobiome.Web.Features.Trends;

/// <summary>Targets over weeks and months.</summary>
public static class TrendsFeature
{
    public static IServiceCollection AddTrendsFeature(this IServiceCollection services) => services
        .AddScoped<TrendsService>();
}
