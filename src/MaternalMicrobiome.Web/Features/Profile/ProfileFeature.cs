namespace MaternalMicrobiome.Web.Features.Profile;

/// <summary>Her stage, diet, exclusions and disliked foods.</summary>
public static class ProfileFeature
{
    public static IServiceCollection AddProfileFeature(this IServiceCollection services) => services
        .AddScoped<ProfileService>();
}
