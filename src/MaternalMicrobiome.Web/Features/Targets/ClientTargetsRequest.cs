namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>A nutritionist's settings for one client: a value and weight per target (null = default).</summary>
public sealed class ClientTargetsRequest
{
    public List<ClientTargetEdit> Targets { get; set; } = [];
}
