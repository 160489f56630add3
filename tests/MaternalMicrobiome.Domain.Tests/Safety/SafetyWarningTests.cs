using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

using static MaternalMicrobiome.Domain.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Domain.Tests.Safety;

/// <summary>Pregnancy food-safety warnings and the caffeine limit (DESIGN.md section 2).</summary>
public sealed class SafetyWarningTests
{
    private static readonly DateOnly Day = TestStages.Today;

    [Fact]
    public void Kombucha_raises_an_alcohol_warning_in_pregnancy()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Kombucha.Eat(240, Day));

        var warning = Assert.Single(score.Warnings);
        Assert.Equal(SafetyWarningKind.Alcohol, warning.Kind);
        Assert.Equal(["Kombucha"], warning.FoodNames);
        Assert.Equal([ReferenceKeys.CdcAlcoholPregnancy], warning.ReferenceKeys);
    }

    [Theory]
    [InlineData(LifeStageKind.Breastfeeding)]
    [InlineData(LifeStageKind.PlanningPregnancy)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding)]
    public void Kombucha_raises_no_warning_outside_pregnancy(LifeStageKind kind)
    {
        var score = TestStages.Score(TestStages.Of(kind), Kombucha.Eat(240, Day));

        Assert.Empty(score.Warnings);
    }

    [Fact]
    public void Brie_warns_in_pregnancy_citing_cdc_listeria()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Brie.Eat(30, Day));

        var warning = Assert.Single(score.Warnings);
        Assert.Equal(SafetyWarningKind.SoftCheese, warning.Kind);
        Assert.Equal(["Brie"], warning.FoodNames);
        Assert.Equal([ReferenceKeys.CdcListeria], warning.ReferenceKeys);
        Assert.Equal("cdc-listeria", warning.ReferenceKeys[0]);
    }

    [Fact]
    public void Swordfish_warns_in_pregnancy_citing_fda_epa_fish()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Swordfish.Eat(120, Day));

        var warning = Assert.Single(score.Warnings);
        Assert.Equal(SafetyWarningKind.HighMercuryFish, warning.Kind);
        Assert.Equal(["Swordfish"], warning.FoodNames);
        Assert.Equal(["fda-epa-fish"], warning.ReferenceKeys);
        Assert.Contains("swordfish", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Brie_and_swordfish_on_one_day_raise_one_warning_each_in_a_stable_order()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Swordfish.Eat(120, Day), Brie.Eat(30, Day), Brie.Eat(20, Day));

        Assert.Equal([SafetyWarningKind.SoftCheese, SafetyWarningKind.HighMercuryFish], score.Warnings.Select(w => w.Kind));
        Assert.Equal(["Brie"], score.Warnings[0].FoodNames);
    }

    [Theory]
    [InlineData(LifeStageKind.Breastfeeding)]
    [InlineData(LifeStageKind.PlanningPregnancy)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding)]
    public void Brie_and_swordfish_do_not_warn_outside_pregnancy(LifeStageKind kind)
    {
        var score = TestStages.Score(TestStages.Of(kind), Swordfish.Eat(120, Day), Brie.Eat(30, Day));

        Assert.Empty(score.Warnings);
    }

    [Fact]
    public void A_flagged_food_eaten_on_another_day_does_not_warn_today()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Brie.Eat(30, Day.AddDays(-1)), Banana.Eat(118, Day));

        Assert.Empty(score.Warnings);
    }

    [Theory]
    [InlineData(LifeStageKind.Pregnant, "ACOG and EFSA consider safe in pregnancy.")]
    [InlineData(LifeStageKind.Breastfeeding, "EFSA considers safe while breastfeeding.")]
    public void Caffeine_over_200_mg_warns_in_pregnancy_and_breastfeeding(LifeStageKind kind, string messageEnd)
    {
        // 600 g of brewed coffee x 40 mg/100 g = 240 mg.
        var score = TestStages.Score(TestStages.Of(kind), Coffee.Eat(600, Day));

        var warning = Assert.Single(score.Warnings);
        Assert.Equal(SafetyWarningKind.Caffeine, warning.Kind);
        Assert.Equal(["Coffee, brewed"], warning.FoodNames);
        // ACOG has no lactation statement: while breastfeeding only EFSA is named and cited.
        IReadOnlyList<string> sources = kind == LifeStageKind.Pregnant
            ? [ReferenceKeys.AcogCaffeine, ReferenceKeys.EfsaCaffeine]
            : [ReferenceKeys.EfsaCaffeine];
        Assert.Equal(sources, warning.ReferenceKeys);
        Assert.Equal(sources, score.Result(Metric.Caffeine).Definition.ReferenceKeys);
        Assert.Contains("240 mg", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith(messageEnd, warning.Message, StringComparison.Ordinal);
        Assert.Equal(600 * 40.0 / 100, score.Result(Metric.Caffeine).Actual, 1e-9);
        Assert.Equal(200.0 / 240, score.Result(Metric.Caffeine).Fraction, 1e-9);
        Assert.False(score.Result(Metric.Caffeine).Met);
    }

    [Theory]
    [InlineData(LifeStageKind.PlanningPregnancy)]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding)]
    public void Caffeine_over_200_mg_does_not_warn_when_planning_or_postpartum(LifeStageKind kind)
    {
        var score = TestStages.Score(TestStages.Of(kind), Coffee.Eat(600, Day));

        Assert.Empty(score.Warnings);
        Assert.Null(score.For(Metric.Caffeine));
    }

    [Fact]
    public void Exactly_200_mg_of_caffeine_does_not_warn()
    {
        // 500 g x 40 mg/100 g = 200 mg: at the limit, not above it.
        var score = TestStages.Score(TestStages.PregnantTrimester2, Coffee.Eat(500, Day));

        Assert.Empty(score.Warnings);
        Assert.True(score.Result(Metric.Caffeine).Met);
        Assert.Equal(1.0, score.Result(Metric.Caffeine).Fraction);
    }

    [Fact]
    public void The_caffeine_warning_names_every_caffeinated_food_of_the_day()
    {
        // coffee 474 g = 189.6 mg, cola 370 g = 33.3 mg: 222.9 mg together.
        var score = TestStages.Score(TestStages.Breastfeeding, Coffee.Eat(474, Day), Cola.Eat(370, Day), Banana.Eat(118, Day));

        var warning = Assert.Single(score.Warnings);
        Assert.Equal(["Coffee, brewed", "Cola"], warning.FoodNames);
    }

    [Fact]
    public void Warnings_never_block_the_score()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Brie.Eat(30, Day), Banana.Eat(118, Day));

        Assert.NotEmpty(score.Warnings);
        Assert.True(score.Overall > 0);
        Assert.Equal(118 * 2.6 / 100, score.Result(Metric.Fiber).Actual, 1e-9);
    }

    [Fact]
    public void RaisesWarning_is_true_for_flagged_foods_in_pregnancy_only()
    {
        Assert.True(SafetyRules.RaisesWarning(Brie, TestStages.PregnantTrimester2));
        Assert.True(SafetyRules.RaisesWarning(Swordfish, TestStages.PregnantTrimester2));
        Assert.True(SafetyRules.RaisesWarning(Kombucha, TestStages.PregnantTrimester2));
        Assert.False(SafetyRules.RaisesWarning(Kefir, TestStages.PregnantTrimester2));
        Assert.False(SafetyRules.RaisesWarning(Brie, TestStages.Breastfeeding));
    }
}
