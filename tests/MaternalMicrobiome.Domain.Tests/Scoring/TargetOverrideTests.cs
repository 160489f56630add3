using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

public sealed class TargetOverrideTests
{
    private static readonly LifeStage Pregnant = LifeStage.Pregnant(TestStages.Today.AddDays(120), TestStages.Today);

    [Fact]
    public void An_override_replaces_the_value_and_weight_of_its_metric_only()
    {
        var targets = DefaultTargets.For(Pregnant).WithOverrides([new TargetOverride(Metric.Fiber, 35, 4)], Pregnant);

        Assert.Equal(35, targets.For(Metric.Fiber)!.Value);
        Assert.Equal(4, targets.For(Metric.Fiber)!.Weight);
        Assert.Equal(2300, targets.For(Metric.BeverageWater)!.Value);
    }

    [Fact]
    public void A_null_value_keeps_the_default_and_changes_only_the_weight()
    {
        var targets = DefaultTargets.For(Pregnant).WithOverrides([new TargetOverride(Metric.Fiber, null, 0)], Pregnant);

        Assert.Equal(28, targets.For(Metric.Fiber)!.Value);
        Assert.Equal(0, targets.For(Metric.Fiber)!.Weight);
    }

    [Fact]
    public void A_caffeine_limit_set_before_pregnancy_falls_to_200_mg_once_she_is_pregnant()
    {
        var overrides = new[] { new TargetOverride(Metric.Caffeine, 300, null) };

        Assert.Equal(200, DefaultTargets.For(Pregnant).WithOverrides(overrides, Pregnant).For(Metric.Caffeine)!.Value);
        Assert.True(TargetBounds.For(Metric.Caffeine, LifeStage.PlanningPregnancy).Contains(300));
        Assert.False(TargetBounds.For(Metric.Caffeine, Pregnant).Contains(201));
    }

    [Theory]
    [InlineData(Metric.Fiber, 14.9, false)]
    [InlineData(Metric.Fiber, 15, true)]
    [InlineData(Metric.Fiber, 60, true)]
    [InlineData(Metric.Fiber, 60.1, false)]
    [InlineData(Metric.BeverageWater, 1499, false)]
    [InlineData(Metric.BeverageWater, 1500, true)]
    [InlineData(Metric.BeverageWater, 5000, true)]
    [InlineData(Metric.BeverageWater, 5001, false)]
    [InlineData(Metric.Caffeine, 200, true)]
    [InlineData(Metric.Caffeine, double.NaN, false)]
    public void Bounds_in_pregnancy_match_the_documented_ranges(Metric metric, double value, bool allowed) =>
        Assert.Equal(allowed, TargetBounds.For(metric, Pregnant).Contains(value));
}
