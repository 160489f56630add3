namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>Targets a nutritionist sets for a linked client within safe bounds.</summary>
public static class TargetsFeature
{
    public static IServiceCollection AddTargetsFeature(this IServiceCollection services) => services
        .AddScoped<ClientTargetService>();
}
