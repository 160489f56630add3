using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

using static MaternalMicrobiome.Domain.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

/// <summary>How fractions of goals and limits are computed, and what an empty day scores.</summary>
public sealed class TargetFractionTests
{
    private static readonly DateOnly Day = TestStages.Today;

    private static TargetDefinition Sugar => DefaultTargets.For(TestStages.PregnantTrimester2).For(Metric.AddedSugar)!;

    [Fact]
    public void An_empty_day_scores_0_overall()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2);

        Assert.Equal(0, score.Overall);
        Assert.False(score.HasEntries);
        Assert.False(score.Synergy);
        Assert.Empty(score.Warnings);
    }

    [Fact]
    public void A_day_with_only_zero_gram_entries_scores_0_overall()
    {
        var score = TestStages.Score(TestStages.Breastfeeding, Banana.Eat(0, Day), Kefir.Eat(0, Day));

        Assert.Equal(0, score.Overall);
        Assert.False(score.HasEntries);
    }

    [Fact]
    public void A_day_with_foods_only_on_earlier_days_scores_0_overall_but_keeps_its_weekly_plants()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Banana.Eat(118, Day.AddDays(-2)));

        Assert.Equal(0, score.Overall);
        Assert.False(score.HasEntries);
        Assert.Equal(1, score.Result(Metric.PlantsPerWeek).Actual);
    }

    [Fact]
    public void At_most_50_grams_of_sugar_against_25_is_half_met()
    {
        Assert.Equal(0.5, Sugar.FractionMet(50)); // 25 / 50
        Assert.False(Sugar.IsMet(50));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(25)]
    public void At_most_is_fully_met_up_to_the_limit(double grams)
    {
        Assert.Equal(1.0, Sugar.FractionMet(grams));
        Assert.True(Sugar.IsMet(grams));
    }

    [Fact]
    public void At_least_is_actual_over_target_capped_at_1()
    {
        var fiber = DefaultTargets.For(TestStages.PregnantTrimester2).For(Metric.Fiber)!;

        Assert.Equal(14.0 / 28, fiber.FractionMet(14), 1e-12);
        Assert.Equal(1.0, fiber.FractionMet(56));
        Assert.Equal(0.0, fiber.FractionMet(0));
        Assert.True(fiber.IsMet(28));
        Assert.False(fiber.IsMet(27.99));
    }

    [Fact]
    public void Cola_sugar_scores_the_limit_over_the_actual()
    {
        // 500 g of cola x 9.94 g added sugar per 100 g = 49.7 g.
        var score = TestStages.Score(TestStages.PregnantTrimester2, Cola.Eat(500, Day));

        var sugar = score.Result(Metric.AddedSugar);
        Assert.Equal(500 * 9.94 / 100, sugar.Actual, 1e-9);
        Assert.Equal(25 / (500 * 9.94 / 100), sugar.Fraction, 1e-9);
        Assert.False(sugar.Met);
    }

    [Fact]
    public void Ultra_processed_share_is_the_share_of_logged_grams()
    {
        // 500 g cola (NOVA 4) of 500 + 125 g: 80 %, so 20 / 80 of the limit.
        var score = TestStages.Score(TestStages.PregnantTrimester2, Cola.Eat(500, Day), RolledOats.Eat(125, Day));

        var upf = score.Result(Metric.UltraProcessedShare);
        Assert.Equal(80, upf.Actual, 1e-9);
        Assert.Equal(20.0 / 80, upf.Fraction, 1e-9);
        Assert.Equal("Cola", Assert.Single(upf.Contributions).FoodName);
    }

    [Fact]
    public void Plain_water_and_black_coffee_do_not_dilute_the_ultra_processed_share()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Cola.Eat(500, Day), Water.Eat(2000, Day), Coffee.Eat(237, Day));

        Assert.Equal(100, score.Result(Metric.UltraProcessedShare).Actual, 1e-9);
    }
}
