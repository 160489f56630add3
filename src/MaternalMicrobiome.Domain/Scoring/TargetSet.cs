using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>The targets a day is scored against.</summary>
public sealed record TargetSet(IReadOnlyList<TargetDefinition> Targets)
{
    public TargetDefinition? For(Metric metric) => Targets.FirstOrDefault(t => t.Metric == metric);

    /// <summary>
    /// The set with a client's overrides applied, each value kept inside <see cref="TargetBounds"/> for the stage
    /// (validation refuses values outside; clamping here guards values saved under an earlier stage).
    /// An override of a metric the stage has no target for (caffeine when not pregnant or breastfeeding) is ignored.
    /// </summary>
    public TargetSet WithOverrides(IEnumerable<TargetOverride> overrides, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(stage);
        var byMetric = overrides.GroupBy(o => o.Metric).ToDictionary(g => g.Key, g => g.Last());
        if (byMetric.Count == 0)
        {
            return this;
        }

        var targets = Targets.Select(target =>
        {
            if (!byMetric.TryGetValue(target.Metric, out var change))
            {
                return target;
            }

            var value = change.Value is { } v && double.IsFinite(v) ? TargetBounds.For(target.Metric, stage).Clamp(v) : target.Value;
            var weight = change.Weight is { } w && double.IsFinite(w) ? Math.Clamp(w, TargetBounds.MinimumWeight, TargetBounds.MaximumWeight) : target.Weight;
            return target with { Value = value, Weight = weight };
        }).ToList();
        return this with { Targets = targets };
    }
}
