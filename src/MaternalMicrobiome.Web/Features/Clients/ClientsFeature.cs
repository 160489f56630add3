namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>A nutritionist's roster and a linked client's day, week and trends.</summary>
public static class ClientsFeature
{
    public static IServiceCollection AddClientsFeature(this IServiceCollection services) => services
        .AddScoped<RosterService>()
        .AddScoped<ClientReviewService>();
}
