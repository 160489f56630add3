using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>
/// Properties of <see cref="PrenatalGapCloser"/> over generated catalogs (foods raw or cooked, flagged or not, with
/// caffeine or alcohol or none, each prenatal value unknown about one time in three) and generated days, at every stage.
/// </summary>
public sealed class PrenatalSuggestionProperties
{
    private static readonly DateOnly Today = TestStages.Today;

    private static readonly Gen<LifeStage> Stages = Gen.Elements(
        TestStages.PregnantTrimester2, TestStages.Breastfeeding, TestStages.Planning, TestStages.Postpartum);

    private static readonly (string Name, string Group)[] Kinds =
    [
        ("Fish, salmon, cooked, dry heat", SafetyRules.FishFoodGroup), ("Fish, salmon, raw", SafetyRules.FishFoodGroup),
        ("Beef, ground, raw", "Beef Products"), ("Beef, ground, cooked, broiled", "Beef Products"),
        ("Egg, whole, cooked, hard-boiled", "Dairy and Egg Products"), ("Spinach, cooked, boiled", "Vegetables and Vegetable Products"),
        ("Milk, whole", "Dairy and Egg Products"), ("Fish oil, salmon", "Fats and Oils"), ("Babyfood, meat, beef", "Baby Foods"),
    ];

    private static readonly Gen<double?> Value = Gen.Frequency(
        (1, Gen.Constant<double?>(null)),
        (2, Gen.Choose(0, 40_000).Select(hundredths => (double?)(hundredths / 100.0))));

    private static readonly Gen<Food> FoodGen =
        from kind in Gen.Elements(Kinds)
        from values in Gen.ArrayOf(Value, PrenatalNutrients.All.Count)
        from risk in Gen.Elements(PregnancyRisks.None, PregnancyRisks.None, PregnancyRisks.None, PregnancyRisks.HighMercuryFish, PregnancyRisks.RawEgg, PregnancyRisks.SoftCheese)
        from caffeine in Gen.Elements<double?>(0, 0, 0, 40, null)
        from alcohol in Gen.Elements<double?>(0, 0, 0, 2)
        from nova in Gen.Choose(1, 4)
        from kcal in Gen.Choose(20, 400)
        from grams in Gen.Choose(2, 500)
        select Made(kind, values, risk, caffeine, alcohol, nova, kcal, grams);

    private static Food Made((string Name, string Group) kind, double?[] values, PregnancyRisks risk, double? caffeine, double? alcohol, int nova, int kcal, int grams)
    {
        var prenatal = PrenatalNutrients.All.Zip(values).Aggregate(PrenatalNutrientValues.Unknown, (v, p) => v.With(p.First, p.Second));
        var food = PrenatalSuggestionFoods.Make(0, kind.Name, kind.Group, kcal, grams, "1 portion", prenatal,
            DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree | DietTags.Vegan, Allergens.None, risk);
        food.CaffeineMg = caffeine;
        food.AlcoholG = alcohol;
        food.NovaGroup = nova;
        return food;
    }

    private static readonly Gen<(List<Food> Catalog, List<ConsumedFood> Window, LifeStage Stage)> Cases =
        from size in Gen.Choose(1, 25)
        from generated in Gen.ArrayOf(FoodGen, size)
        let catalog = generated.Select((f, i) => { f.Id = i + 1; return f; }).ToArray()
        from entries in Gen.ListOf(
            from food in Gen.Elements(catalog)
            from grams in Gen.Choose(1, 400)
            from daysAgo in Gen.Choose(0, 6)
            select new ConsumedFood(food, grams, Today.AddDays(-daysAgo)))
        from stage in Stages
        select (catalog.ToList(), entries.Take(12).ToList(), stage);

    private static IReadOnlyList<Suggestion> Suggest((List<Food> Catalog, List<ConsumedFood> Window, LifeStage Stage) c) =>
        PrenatalGapCloser.Suggest(Today, c.Window, [], c.Catalog, DefaultTargets.For(c.Stage), c.Stage, DietPreferences.None);

    [Property(MaxTest = 300)]
    public Property Never_suggests_a_food_that_adds_risk_needs_cooking_or_raises_a_warning() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var picks = Suggest(c);
            var targets = DefaultTargets.For(c.Stage);
            var warningsBefore = DayScorer.ScoreNumbers(Today, c.Window, targets, c.Stage).Warnings.Count;
            var withPicks = c.Window.Concat(picks.Select(p => new ConsumedFood(p.Food, p.Grams, Today))).ToList();
            return picks.All(p => !GapCloser.AddsRisk(p.Food) && p.Food.PregnancyRisks == PregnancyRisks.None
                    && !Preparation.MustBeCookedFirst(p.Food) && !p.Food.Name.Contains(", raw", StringComparison.Ordinal)
                    && p.Food.FoodGroup is not ("Fats and Oils" or "Baby Foods") && p.Food.NovaGroup <= 3)
                && DayScorer.ScoreNumbers(Today, withPicks, targets, c.Stage).Warnings.Count == warningsBefore;
        });

    [Property(MaxTest = 300)]
    public Property Never_claims_an_unknown_value_closes_a_gap_nor_a_gap_the_day_did_not_have() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var picks = Suggest(c);
            var eaten = c.Window.Where(e => e.Date == Today).ToList();
            foreach (var pick in picks)
            {
                var day = PrenatalNutrientEvaluator.EvaluateDay(PrenatalNutrientEvaluator.Eaten(eaten), c.Stage);
                var claimsOnlyKnownMissedValues = pick.MissedNutrients.Count > 0
                    && pick.MissedNutrients.Count == pick.Reasons.Count
                    && pick.MissedNutrients.All(n =>
                        pick.Food.PrenatalValues[n] is > 0
                        && day.Single(r => r.Nutrient == n).Status == NutrientStatus.Below);
                if (!claimsOnlyKnownMissedValues)
                {
                    return false;
                }

                eaten.Add(new ConsumedFood(pick.Food, pick.Grams, Today));
            }

            return true;
        });
}
