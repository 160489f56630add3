namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>A mother's targets for her stage today, and who changed what (newest first).</summary>
public sealed record ClientTargetsView(
    string Stage,
    IReadOnlyList<ClientTargetRow> Rows,
    IReadOnlyList<ClientTargetChangeView> History)
{
    /// <summary>A form filled with the current settings, for the nutritionist to edit.</summary>
    public ClientTargetsRequest ToRequest() => new()
    {
        Targets = Rows.Select(r => new ClientTargetEdit { Metric = r.Metric, Title = r.Title, Unit = r.Unit, Value = r.Value, Weight = r.Weight, Bound = r.Bound }).ToList(),
    };
}
