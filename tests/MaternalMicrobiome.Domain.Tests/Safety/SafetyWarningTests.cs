using MaternalMicrobiome.Domain.Catalog;
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
    [InlineData(LifeStageKind.Pregnant, "ACOG and EFSA consider safe in pregnancy.", new[] { ReferenceKeys.AcogCaffeine, ReferenceKeys.EfsaCaffeine })]
    [InlineData(LifeStageKind.Breastfeeding, "EFSA considers safe for breastfed infants.", new[] { ReferenceKeys.EfsaCaffeine })]
    public void Caffeine_over_200_mg_warns_in_pregnancy_and_breastfeeding(LifeStageKind kind, string messageEnd, string[] references)
    {
        // 600 g of brewed coffee x 40 mg/100 g = 240 mg. ACOG has no statement on breastfeeding: only EFSA is cited then.
        var score = TestStages.Score(TestStages.Of(kind), Coffee.Eat(600, Day));

        var warning = Assert.Single(score.Warnings);
        Assert.Equal(SafetyWarningKind.Caffeine, warning.Kind);
        Assert.Equal(["Coffee, brewed"], warning.FoodNames);
        Assert.Equal(references, warning.ReferenceKeys);
        Assert.Equal(references, score.Result(Metric.Caffeine).Definition.ReferenceKeys);
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
    public void The_caffeine_warning_rounds_as_the_caffeine_bar_does()
    {
        // 711 g x 40 mg/100 g = 284.4 mg: the bar reads 285 (a limit not met rounds up), and so does the warning.
        var score = TestStages.Score(TestStages.PregnantTrimester2, Coffee.Eat(711, Day));
        var caffeine = score.Result(Metric.Caffeine);

        var shown = ShownAmount.Rounded(caffeine.Actual, caffeine.Definition.Direction, caffeine.Definition.Unit, caffeine.Met);

        Assert.Equal(285, shown);
        Assert.Contains("285 mg", Assert.Single(score.Warnings).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, PregnancyRisks, SafetyWarningKind, string> NewFoodRules => new()
    {
        { "Alfalfa seeds, sprouted, raw", PregnancyRisks.RawSprouts, SafetyWarningKind.RawSprouts, ReferenceKeys.FoodSafetyPregnancy },
        { "Egg, whole, raw", PregnancyRisks.RawEgg, SafetyWarningKind.RawEgg, ReferenceKeys.FoodSafetyPregnancy },
        { "Mollusks, oyster, eastern, wild, raw", PregnancyRisks.RawShellfish, SafetyWarningKind.RawShellfish, ReferenceKeys.FoodSafetyPregnancy },
        { "Beef, variety meats and by-products, liver, cooked, braised", PregnancyRisks.Liver, SafetyWarningKind.PreformedVitaminA, ReferenceKeys.VitaminAPregnancy },
        { "Fish oil, cod liver", PregnancyRisks.Liver, SafetyWarningKind.PreformedVitaminA, ReferenceKeys.VitaminAPregnancy },
        { "Orange juice, raw", PregnancyRisks.UnpasteurizedJuice, SafetyWarningKind.UnpasteurizedJuice, ReferenceKeys.FoodSafetyPregnancy },
        { "Fish, tuna salad", PregnancyRisks.DeliSalad, SafetyWarningKind.DeliSalad, ReferenceKeys.FoodSafetyPregnancy },
        { "Chamomile tea", PregnancyRisks.HerbalTea, SafetyWarningKind.HerbalTea, ReferenceKeys.HerbalTeaPregnancy },
    };

    [Theory]
    [MemberData(nameof(NewFoodRules))]
    public void The_added_pregnancy_food_rules_warn_in_pregnancy_only_with_their_source(string name, PregnancyRisks risk, SafetyWarningKind kind, string reference)
    {
        var food = new Food { Key = "t", Name = name, FoodGroup = "Test", PregnancyRisks = risk, CaffeineMg = 0 };

        var warning = Assert.Single(TestStages.Score(TestStages.PregnantTrimester2, food.Eat(50, Day)).Warnings);
        Assert.Equal(kind, warning.Kind);
        Assert.Equal([name], warning.FoodNames);
        Assert.Equal([reference], warning.ReferenceKeys);
        Assert.Empty(TestStages.Score(TestStages.Breastfeeding, food.Eat(50, Day)).Warnings);
    }

    [Fact]
    public void Every_risk_flag_has_exactly_one_rule()
    {
        var flags = Enum.GetValues<PregnancyRisks>().Where(r => r != PregnancyRisks.None).ToList();

        Assert.Equal(flags.Order(), SafetyRules.FoodRules.Select(r => r.Risk).Order());
    }

    [Theory]
    [InlineData(LifeStageKind.Pregnant)]
    [InlineData(LifeStageKind.Breastfeeding)]
    public void More_than_12_oz_of_fish_in_7_days_warns_on_the_day_fish_is_eaten(LifeStageKind kind)
    {
        var salmon = new Food { Key = "usda-15236", Name = "Fish, salmon, Atlantic, farmed, raw", FoodGroup = SafetyRules.FishFoodGroup, CaffeineMg = 0 };
        var stage = TestStages.Of(kind);

        // 3 servings of 113 g (339 g) in the week are within the advice; a fourth is not.
        ConsumedFood[] three = [salmon.Eat(113, Day.AddDays(-6)), salmon.Eat(113, Day.AddDays(-3)), salmon.Eat(113, Day)];
        Assert.Empty(TestStages.Score(stage, three).Warnings);

        var score = TestStages.Score(stage, [.. three, salmon.Eat(113, Day.AddDays(-1))]);
        var warning = Assert.Single(score.Warnings);
        Assert.Equal(SafetyWarningKind.FishWeeklyAmount, warning.Kind);
        Assert.Equal([ReferenceKeys.FdaEpaFish], warning.ReferenceKeys);
        Assert.Contains("452 g", warning.Message, StringComparison.Ordinal);

        // A day without fish after such a week is not told again; fish eaten 7 days ago has left the window.
        ConsumedFood[] four = [.. three, salmon.Eat(113, Day.AddDays(-1))];
        var targets = DefaultTargets.For(stage);
        Assert.Empty(DayScorer.Score(Day.AddDays(1), [.. four, Banana.Eat(118, Day.AddDays(1))], targets, stage).Warnings);
        Assert.Empty(DayScorer.Score(Day.AddDays(7), [.. four, salmon.Eat(100, Day.AddDays(7))], targets, stage).Warnings);
    }

    [Fact]
    public void A_coffee_with_no_caffeine_value_is_not_silently_zero()
    {
        var silkCoffee = new Food { Key = "usda-16229", Name = "SILK Coffee, soymilk", FoodGroup = "Legumes and Legume Products", CaffeineMg = null, IsBeverage = true };

        var warning = Assert.Single(TestStages.Score(TestStages.PregnantTrimester2, silkCoffee.Eat(240, Day)).Warnings);

        Assert.Equal(SafetyWarningKind.CaffeineUnknown, warning.Kind);
        Assert.Equal(["SILK Coffee, soymilk"], warning.FoodNames);
        Assert.Contains("no caffeine value", warning.Message, StringComparison.Ordinal);
        Assert.Empty(TestStages.Score(TestStages.Planning, silkCoffee.Eat(240, Day)).Warnings);
    }

    [Theory]
    [InlineData("SILK Coffee, soymilk", "Legumes and Legume Products", true)]
    [InlineData("Cocoa, dry powder, unsweetened, HERSHEY'S European Style Cocoa", "Sweets", true)]
    [InlineData("Candies, MARS SNACKFOOD US, DOVE Dark Chocolate", "Sweets", true)]
    [InlineData("Beverages, tea, herb, other than chamomile, brewed", "Beverages", false)]
    [InlineData("Beverages, The COCA-COLA company, DASANI, water, bottled, non-carbonated", "Beverages", false)]
    [InlineData("Coffeecake, fruit", "Baked Products", false)]
    [InlineData("DOMINO'S 14\" Cheese Pizza, Ultimate Deep Dish Crust", "Fast Foods", false)]
    [InlineData("Alcoholic beverage, pina colada, canned", "Beverages", false)]
    public void Caffeine_sources_are_coffee_tea_cocoa_cola_and_chocolate_sweets(string name, string group, bool source) =>
        Assert.Equal(source, CaffeineSources.MayHoldCaffeine(new Food { Key = "t", Name = name, FoodGroup = group }));

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
