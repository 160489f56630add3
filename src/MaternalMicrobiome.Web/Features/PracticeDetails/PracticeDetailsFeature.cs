namespace MaternalMicrobiome.Web.Features.PracticeDetails;

/// <summary>A nutritionist's name, credentials and practice, as her reports print them.</summary>
public static class PracticeDetailsFeature
{
    public static IServiceCollection AddPracticeDetailsFeature(this IServiceCollection services) => services
        .AddScoped<PracticeDetailsService>();
}
