using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

/// <summary>The default target set of each life stage (DESIGN.md section 2 table).</summary>
public sealed class StageTargetsTests
{
    [Theory]
    [InlineData(LifeStageKind.Pregnant, 28, 2300)]
    [InlineData(LifeStageKind.Breastfeeding, 29, 3100)]
    [InlineData(LifeStageKind.PlanningPregnancy, 25, 2200)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding, 25, 2200)]
    public void Fiber_and_water_targets_follow_the_stage(LifeStageKind kind, double fiberGrams, double waterMillilitres)
    {
        var targets = DefaultTargets.For(TestStages.Of(kind));

        Assert.Equal(fiberGrams, targets.For(Metric.Fiber)!.Value);
        Assert.Equal(waterMillilitres, targets.For(Metric.BeverageWater)!.Value);
        Assert.Equal(TargetDirection.AtLeast, targets.For(Metric.Fiber)!.Direction);
        Assert.Equal(TargetDirection.AtLeast, targets.For(Metric.BeverageWater)!.Direction);
    }

    [Theory]
    [InlineData(LifeStageKind.Pregnant, true)]
    [InlineData(LifeStageKind.Breastfeeding, true)]
    [InlineData(LifeStageKind.PlanningPregnancy, false)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding, false)]
    public void The_caffeine_limit_applies_while_pregnant_or_breastfeeding_only(LifeStageKind kind, bool hasCaffeineTarget)
    {
        var targets = DefaultTargets.For(TestStages.Of(kind));

        Assert.Equal(hasCaffeineTarget, targets.For(Metric.Caffeine) is not null);
        Assert.Equal(hasCaffeineTarget ? 10 : 9, targets.Targets.Count);
    }

    [Theory]
    [InlineData(LifeStageKind.Pregnant)]
    [InlineData(LifeStageKind.Breastfeeding)]
    [InlineData(LifeStageKind.PlanningPregnancy)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding)]
    public void The_other_targets_are_the_same_at_every_stage(LifeStageKind kind)
    {
        var targets = DefaultTargets.For(TestStages.Of(kind));

        Assert.Equal(2, targets.For(Metric.FermentedServings)!.Value);
        Assert.Equal(5, targets.For(Metric.PlantsPerDay)!.Value);
        Assert.Equal(30, targets.For(Metric.PlantsPerWeek)!.Value);
        Assert.Equal(2, targets.For(Metric.PrebioticServings)!.Value);
        Assert.Equal(4, targets.For(Metric.PlantColours)!.Value);
        Assert.Equal(25, targets.For(Metric.AddedSugar)!.Value);
        Assert.Equal(TargetDirection.AtMost, targets.For(Metric.AddedSugar)!.Direction);
        Assert.Equal(20, targets.For(Metric.UltraProcessedShare)!.Value);
        Assert.Equal(TargetDirection.AtMost, targets.For(Metric.UltraProcessedShare)!.Direction);
    }

    [Fact]
    public void The_caffeine_limit_is_200_mg_at_most()
    {
        var caffeine = DefaultTargets.For(TestStages.PregnantTrimester2).For(Metric.Caffeine)!;

        Assert.Equal(200, caffeine.Value);
        Assert.Equal(TargetDirection.AtMost, caffeine.Direction);
    }

    [Fact]
    public void Partial_breastfeeding_has_the_lactation_targets()
    {
        var stage = LifeStage.Breastfeeding(TestStages.Today.AddDays(-30), FeedingMode.Partial, TestStages.Today);
        var targets = DefaultTargets.For(stage);

        Assert.Equal(29, targets.For(Metric.Fiber)!.Value);
        Assert.Equal(3100, targets.For(Metric.BeverageWater)!.Value);
        Assert.NotNull(targets.For(Metric.Caffeine));
    }

    [Fact]
    public void Targets_come_in_display_order()
    {
        var metrics = DefaultTargets.For(TestStages.PregnantTrimester2).Targets.Select(t => t.Metric).ToList();

        Assert.Equal(metrics.Order(), metrics);
    }
}
