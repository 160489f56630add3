using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>Client-specific targets can move a target only inside its safe bounds, whatever was saved.</summary>
public sealed class TargetOverrideProperties
{
    private static readonly Gen<double> AnyNumber = Gen.OneOf(
        Gen.Choose(-100_000, 100_000).Select(n => n / 10.0),
        Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -0.0));

    private static readonly Gen<TargetOverride> Overrides =
        from metric in Gen.Elements(Enum.GetValues<Metric>())
        from value in Gen.OneOf(AnyNumber.Select(v => (double?)v), Gen.Constant((double?)null))
        from weight in Gen.OneOf(AnyNumber.Select(w => (double?)w), Gen.Constant((double?)null))
        select new TargetOverride(metric, value, weight);

    private static readonly Gen<(LifeStage Stage, TargetOverride[] Overrides)> Cases =
        from stage in ScoringGenerators.Stages
        from overrides in Gen.ArrayOf(Overrides)
        select (stage, overrides);

    [Property]
    public Property Every_overridden_value_stays_within_its_bounds_and_weights_within_0_to_5() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var targets = DefaultTargets.For(c.Stage).WithOverrides(c.Overrides, c.Stage);
            return targets.Targets.All(t =>
                (t.Value == DefaultTargets.For(c.Stage).For(t.Metric)!.Value || TargetBounds.For(t.Metric, c.Stage).Contains(t.Value))
                && t.Weight is >= TargetBounds.MinimumWeight and <= TargetBounds.MaximumWeight);
        });

    [Property]
    public Property Caffeine_is_never_allowed_above_200_mg_in_pregnancy() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Overrides)), Arb.From(ScoringGenerators.PregnantStages), (overrides, stage) =>
            DefaultTargets.For(stage).WithOverrides(overrides, stage).For(Metric.Caffeine)!.Value <= 200);

    [Property]
    public Property Overrides_keep_every_target_and_its_order() =>
        Prop.ForAll(Arb.From(Cases), c =>
            DefaultTargets.For(c.Stage).WithOverrides(c.Overrides, c.Stage).Targets.Select(t => t.Metric)
                .SequenceEqual(DefaultTargets.For(c.Stage).Targets.Select(t => t.Metric)));
}
