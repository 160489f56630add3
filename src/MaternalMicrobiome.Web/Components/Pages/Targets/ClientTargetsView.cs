using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Components.Pages.Targets;

/// <summary>A mother's targets for her stage today, her plant counting mode, and who changed what (newest first).</summary>
public sealed record ClientTargetsView(
    string Stage,
    IReadOnlyList<ClientTargetRow> Rows,
    PlantCountingMode PlantCounting,
    IReadOnlyList<ClientTargetChangeView> History)
{
    /// <summary>A form filled with the current settings, for the nutritionist to edit.</summary>
    public ClientTargetsRequest ToRequest() => new()
    {
        PlantCounting = PlantCounting,
        Targets = Rows.Select(r => new ClientTargetEdit { Metric = r.Metric, Title = r.Title, Unit = r.Unit, Value = r.Value, Weight = r.Weight, Bound = r.Bound }).ToList(),
    };
}
