using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Components.Pages.Targets;

/// <summary>A nutritionist's settings for one client: a value and weight per target (null = default) and plant counting.</summary>
public sealed class ClientTargetsRequest
{
    public PlantCountingMode PlantCounting { get; set; }

    public List<ClientTargetEdit> Targets { get; set; } = [];
}
