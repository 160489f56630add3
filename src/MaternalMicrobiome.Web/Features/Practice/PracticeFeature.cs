namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>Invites, consent and the access log a mother reads.</summary>
public static class PracticeFeature
{
    public static IServiceCollection AddPracticeFeature(this IServiceCollection services) => services
        .AddScoped<ClientLinkService>();
}
