using FsCheck;
using FsCheck.Fluent;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>
/// Prenatal suggestions on the real seeded catalog (every SR28 food, as the app loads it): the pool adds no risk, a day
/// short of DHA + EPA is offered a cooked low-mercury fish, and on random real days no pick adds risk or claims a value
/// the catalog does not have.
/// </summary>
public sealed class PrenatalSuggestionTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = new(2026, 6, 10);
    private static readonly LifeStage Pregnant = LifeStage.Pregnant(Day.AddDays(140), Day);

    /// <summary>FDA/EPA's "choices to avoid" and the Gulf tilefish, as SR28 names them, in lower case.</summary>
    private static readonly string[] HighMercury = ["shark", "swordfish", "king mackerel", "mackerel, king", "tilefish", "marlin", "orange roughy", "bigeye"];

    private Task<List<Food>> AllFoodsAsync() => RealCatalog.AllFoodsAsync(factory.Services);

    private Task<IReadOnlyList<Food>> PoolAsync() => factory.Services.GetRequiredService<CatalogIndex>().GetPrenatalSuggestionPoolAsync();

    private static Food Named(List<Food> foods, string name) => RealCatalog.Named(foods, name);

    [Fact]
    public async Task The_prenatal_pool_holds_no_risky_raw_high_mercury_oil_or_baby_food()
    {
        var pool = await PoolAsync();

        Assert.True(pool.Count > 500, $"{pool.Count} foods");
        Assert.All(pool, food =>
        {
            Assert.Equal(PregnancyRisks.None, food.PregnancyRisks);
            Assert.False(GapCloser.AddsRisk(food), food.Name);
            Assert.False(food.FoodGroup == SafetyRules.FishFoodGroup && food.Name.Contains("raw", StringComparison.OrdinalIgnoreCase), food.Name);
            Assert.DoesNotContain(HighMercury, m => food.Name.Contains(m, StringComparison.OrdinalIgnoreCase));
            Assert.NotEqual("Fats and Oils", food.FoodGroup);
            Assert.NotEqual("Baby Foods", food.FoodGroup);
            Assert.NotNull(GapCloser.Portion(food));
        });
        Assert.Contains(pool, f => f.Name == "Egg, whole, cooked, hard-boiled");
        Assert.Contains(pool, f => f.Name == "Fish, salmon, sockeye, cooked, dry heat");
        Assert.DoesNotContain(pool, f => f.Name == "Fish, salmon, Atlantic, wild, raw");
        Assert.DoesNotContain(pool, f => f.Name == "Egg, whole, raw");
        Assert.DoesNotContain(pool, f => System.Text.RegularExpressions.Regex.IsMatch(f.Name, @"\b(giblets|liver)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData(DietPattern.Omnivore)]
    [InlineData(DietPattern.Pescatarian)]
    public async Task A_day_missing_dha_is_offered_a_cooked_low_mercury_fish(DietPattern pattern)
    {
        var foods = await AllFoodsAsync();
        var day = new[]
        {
            new ConsumedFood(Named(foods, "Oats, rolled, dry"), 40, Day), new ConsumedFood(Named(foods, "Lentils, cooked"), 200, Day),
            new ConsumedFood(Named(foods, "Egg, whole, cooked, hard-boiled"), 100, Day), new ConsumedFood(Named(foods, "Milk, whole"), 244, Day),
        };
        var preferences = new DietPreferences(pattern, DietTags.None, Allergens.None, new HashSet<int>());
        var targets = DefaultTargets.For(Pregnant);
        Assert.Equal(NutrientStatus.Below, PrenatalNutrientEvaluator.EvaluateDay(PrenatalNutrientEvaluator.Eaten(day), Pregnant).Single(r => r.Nutrient == PrenatalNutrient.DhaEpa).Status);

        var gutPicks = GapCloser.Suggest(Day, day, await factory.Services.GetRequiredService<CatalogIndex>().GetSuggestionPoolAsync(), targets, Pregnant, preferences);
        var picks = PrenatalGapCloser.Suggest(Day, day, gutPicks, await PoolAsync(), targets, Pregnant, preferences);

        var fish = Assert.Single(picks, p => p.MissedNutrients.Contains(PrenatalNutrient.DhaEpa));
        Assert.Equal(SafetyRules.FishFoodGroup, fish.Food.FoodGroup);
        Assert.Equal(PregnancyRisks.None, fish.Food.PregnancyRisks);
        Assert.DoesNotContain("raw", fish.Food.Name, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HighMercury, m => fish.Food.Name.Contains(m, StringComparison.OrdinalIgnoreCase));
        Assert.InRange(fish.Grams, GapCloser.MinPortionGrams, GapCloser.MaxPortionGrams);
    }

    [Fact]
    public async Task A_fish_is_not_offered_once_the_week_holds_twelve_ounces_of_it()
    {
        var foods = await AllFoodsAsync();
        var salmon = Named(foods, "Fish, salmon, sockeye, cooked, dry heat");
        var day = new[]
        {
            new ConsumedFood(salmon, 340, Day.AddDays(-3)), new ConsumedFood(Named(foods, "Lentils, cooked"), 200, Day),
        };

        var picks = PrenatalGapCloser.Suggest(Day, day, [], await PoolAsync(), DefaultTargets.For(Pregnant), Pregnant, DietPreferences.None);

        Assert.NotEmpty(picks);
        Assert.DoesNotContain(picks, p => p.Food.FoodGroup == SafetyRules.FishFoodGroup);
    }

    [Fact]
    public async Task On_real_days_at_every_stage_and_diet_no_prenatal_pick_adds_risk_or_claims_an_unknown_value()
    {
        var foods = await AllFoodsAsync();
        var pool = await PoolAsync();
        var stages = new[]
        {
            Pregnant, LifeStage.Breastfeeding(Day.AddDays(-70), FeedingMode.Exclusive, Day), LifeStage.PlanningPregnancy, LifeStage.PostpartumNotBreastfeeding,
        };
        var risky = foods.Where(f => f.PregnancyRisks != PregnancyRisks.None || f.FoodGroup == SafetyRules.FishFoodGroup).ToArray();
        var food = Gen.OneOf(Gen.Elements(foods.ToArray()), Gen.Elements(risky));
        var entry = from f in food from grams in Gen.Choose(1, 400) from daysAgo in Gen.Choose(0, 6) select new ConsumedFood(f, grams, Day.AddDays(-daysAgo));
        var days = entry.ArrayOf().Where(a => a.Length is > 0 and <= 10);

        foreach (var stage in stages)
        {
            foreach (var pattern in Enum.GetValues<DietPattern>())
            {
                var preferences = new DietPreferences(pattern, DietTags.None, Allergens.None, new HashSet<int>());
                Check.One(Config.QuickThrowOnFailure.WithMaxTest(4), Prop.ForAll(days.ToArbitrary(), eaten =>
                {
                    var targets = DefaultTargets.For(stage);
                    var picks = PrenatalGapCloser.Suggest(Day, eaten, [], pool, targets, stage, preferences);
                    var with = eaten.Concat(picks.Select(p => new ConsumedFood(p.Food, p.Grams, Day))).ToList();
                    return (picks.All(p => !GapCloser.AddsRisk(p.Food) && preferences.Allows(p.Food) && !Preparation.MustBeCookedFirst(p.Food)
                                && p.MissedNutrients.All(n => p.Food.PrenatalValues[n] > 0))
                            && DayScorer.ScoreNumbers(Day, with, targets, stage).Warnings.Count <= DayScorer.ScoreNumbers(Day, eaten, targets, stage).Warnings.Count)
                        .Label($"{stage.Kind}, {pattern}: {string.Join(", ", picks.Select(p => $"{p.Grams} g {p.Food.Name}"))}");
                }));
            }
        }
    }
}
