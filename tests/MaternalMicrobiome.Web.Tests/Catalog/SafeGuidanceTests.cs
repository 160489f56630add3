using FsCheck;
using FsCheck.Fluent;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>
/// Issue 11 on the real seeded catalog (every SR28 food, as the app loads it): the gap-closer's pool and picks never add
/// risk at any stage, the new pregnancy rules catch the foods they name, and plants are counted as a mother expects.
/// </summary>
public sealed class SafeGuidanceTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = new(2026, 6, 10);

    private Task<List<Food>> AllFoodsAsync() => RealCatalog.AllFoodsAsync(factory.Services);

    private Task<IReadOnlyList<Food>> PoolAsync() => factory.Services.GetRequiredService<CatalogIndex>().GetSuggestionPoolAsync();

    private static Food Named(List<Food> foods, string name) => RealCatalog.Named(foods, name);

    [Fact]
    public async Task Every_food_suggestions_may_propose_adds_no_risk_needs_no_cooking_and_has_a_realistic_portion()
    {
        var foods = await AllFoodsAsync();
        var proposable = foods.Where(GapCloser.CanPropose).ToList();

        Assert.True(proposable.Count > 500, $"{proposable.Count} proposable foods");
        Assert.All(proposable, food =>
        {
            Assert.Equal(PregnancyRisks.None, food.PregnancyRisks);
            Assert.False(food.CaffeineMg > 0 || food.AlcoholG > 0 || CaffeineSources.IsCaffeineUnknown(food), food.Name);
            Assert.False(Preparation.MustBeCookedFirst(food) || Seasonings.IsSeasoningOrDried(food), food.Name);
            var portion = GapCloser.Portion(food);
            Assert.NotNull(portion);
            Assert.InRange(portion.Grams, GapCloser.MinPortionGrams, GapCloser.MaxPortionGrams);
            Assert.InRange((food.EnergyKcal ?? 0) * portion.Grams / 100, 0, GapCloser.MaxPortionKcal);
        });
    }

    [Theory]
    [InlineData("Kombucha")]
    [InlineData("Water kefir")]
    [InlineData("Kvass (bread kvass)")]
    [InlineData("Kefir, raw (unpasteurized) milk")]
    [InlineData("Alfalfa seeds, sprouted, raw")]
    [InlineData("Mung beans, mature seeds, sprouted, raw")]
    [InlineData("Green tea, brewed")]
    [InlineData("Espresso")]
    [InlineData("Cocoa powder, unsweetened")]
    [InlineData("Chamomile tea")]
    [InlineData("Kimchi")]
    [InlineData("Beans, fava, in pod, raw")]
    [InlineData("Cassava, raw")]
    [InlineData("Pokeberry shoots, (poke), raw")]
    [InlineData("Lima beans, immature seeds, raw")]
    [InlineData("Mushrooms, morel, raw")]
    [InlineData("Fiddlehead ferns, raw")]
    [InlineData("Bamboo shoots, raw")]
    [InlineData("Celery flakes, dried")]
    [InlineData("Spices, poultry seasoning")]
    [InlineData("Mammy-apple, (mamey), raw")]
    public async Task The_foods_issue_11_found_proposed_are_not_in_the_pool(string name)
    {
        var pool = await PoolAsync();

        Assert.DoesNotContain(pool, f => f.Name == name);
    }

    [Fact]
    public async Task The_pool_still_offers_live_cultures_plants_and_prebiotics_in_household_portions()
    {
        var pool = await PoolAsync();

        Assert.Contains(pool, f => f.Name == "Kimchi, refrigerated (live)");
        Assert.Contains(pool, f => f.Name == "Kefir, plain, lowfat");
        Assert.Contains(pool, f => f.Name == "Banana, raw");
        Assert.Contains(pool, f => f.Name.StartsWith("Lentils", StringComparison.Ordinal));
        Assert.All(pool, f => Assert.NotEmpty(f.Portions));
    }

    [Fact]
    public async Task Only_foods_known_to_carry_live_cultures_count_the_generic_kimchi_and_miso_do_not()
    {
        var foods = await AllFoodsAsync();

        Assert.False(Named(foods, "Kimchi").HasLiveCultures);
        Assert.False(Named(foods, "Miso").HasLiveCultures);
        Assert.True(Named(foods, "Kimchi, refrigerated (live)").HasLiveCultures);
        Assert.True(Named(foods, "Sauerkraut, raw, refrigerated (live)").HasLiveCultures);
    }

    [Fact]
    public async Task A_cup_of_roasted_soybeans_or_peanuts_is_proposed_as_an_ounce()
    {
        var foods = await AllFoodsAsync();

        foreach (var name in new[] { "Soybeans, mature seeds, roasted, salted", "Peanuts, spanish, raw" })
        {
            var food = Named(foods, name);
            if (GapCloser.Portion(food) is { } portion)
            {
                Assert.True(food.EnergyKcal * portion.Grams / 100 <= GapCloser.MaxPortionKcal, $"{name}: {portion.Grams} g");
                Assert.True(portion.Grams < 60, $"{name}: {portion.Grams} g");
            }
        }
    }

    public static TheoryData<string, SafetyWarningKind> PregnancyRuleFoods => new()
    {
        { "Alfalfa seeds, sprouted, raw", SafetyWarningKind.RawSprouts },
        { "Radish seeds, sprouted, raw", SafetyWarningKind.RawSprouts },
        { "Egg, whole, raw", SafetyWarningKind.RawEgg },
        { "Mollusks, oyster, eastern, wild, raw", SafetyWarningKind.RawShellfish },
        { "Mollusks, clam, mixed species, raw", SafetyWarningKind.RawShellfish },
        { "Beef, variety meats and by-products, liver, cooked, braised", SafetyWarningKind.PreformedVitaminA },
        { "Fish oil, cod liver", SafetyWarningKind.PreformedVitaminA },
        { "Orange juice, raw", SafetyWarningKind.UnpasteurizedJuice },
        { "Fish, tuna salad", SafetyWarningKind.DeliSalad },
        { "Ham salad spread", SafetyWarningKind.DeliSalad },
        { "Chamomile tea", SafetyWarningKind.HerbalTea },
        { "Beverages, tea, herb, other than chamomile, brewed", SafetyWarningKind.HerbalTea },
        { "Cocoa, dry powder, unsweetened, HERSHEY'S European Style Cocoa", SafetyWarningKind.CaffeineUnknown },
        { "SILK Coffee, soymilk", SafetyWarningKind.CaffeineUnknown },
    };

    [Theory]
    [MemberData(nameof(PregnancyRuleFoods))]
    public async Task The_new_pregnancy_rules_warn_for_the_real_foods_they_name(string name, SafetyWarningKind kind)
    {
        var food = Named(await AllFoodsAsync(), name);
        var stage = LifeStage.Pregnant(Day.AddDays(140), Day);

        var score = DayScorer.Score(Day, [new ConsumedFood(food, 30, Day)], DefaultTargets.For(stage), stage);

        Assert.Contains(score.Warnings, w => w.Kind == kind && w.FoodNames.Contains(name));
    }

    [Theory]
    [InlineData("Pate, liver, not specified, canned")]
    [InlineData("Pate, goose liver, smoked, canned")]
    public async Task Canned_pate_warns_for_its_vitamin_a_not_as_refrigerated_pate(string name)
    {
        var food = Named(await AllFoodsAsync(), name);
        var stage = LifeStage.Pregnant(Day.AddDays(140), Day);

        var warnings = DayScorer.Score(Day, [new ConsumedFood(food, 30, Day)], DefaultTargets.For(stage), stage).Warnings;

        Assert.Equal([SafetyWarningKind.PreformedVitaminA], warnings.Select(w => w.Kind));
    }

    [Fact]
    public async Task Seven_plants_and_two_coffees_read_seven_and_a_quarter()
    {
        var foods = await AllFoodsAsync();
        var stage = LifeStage.Pregnant(Day.AddDays(140), Day);
        var day = new[]
        {
            ("Oats, rolled, dry", 40.0), ("Banana, raw", 118), ("Lentils, cooked", 100), ("Onion, raw", 80), ("Garlic, raw", 6),
            ("Asparagus, raw", 60), ("Sauerkraut, raw, refrigerated (live)", 75), ("Coffee, brewed", 237), ("Coffee, brewed", 237),
        }.Select(x => new ConsumedFood(Named(foods, x.Item1), x.Item2, Day));

        var score = DayScorer.Score(Day, day, DefaultTargets.For(stage), stage);

        Assert.Equal(7.25, score.For(Metric.PlantsPerDay)!.Actual, 1e-9);
    }

    [Fact]
    public async Task On_real_days_at_every_stage_diet_and_exclusion_no_suggestion_adds_risk_or_a_flagged_food()
    {
        var foods = await AllFoodsAsync();
        var pool = await PoolAsync();
        var stages = new[]
        {
            LifeStage.Pregnant(Day.AddDays(140), Day), LifeStage.Breastfeeding(Day.AddDays(-70), FeedingMode.Exclusive, Day),
            LifeStage.PlanningPregnancy, LifeStage.PostpartumNotBreastfeeding,
        };
        // Days are drawn from the whole catalog, with the risky foods issue 11 named drawn often.
        var risky = foods.Where(f => f.PregnancyRisks != PregnancyRisks.None || f.CaffeineMg > 20 || f.AlcoholG > 0).ToArray();
        var food = Gen.OneOf(Gen.Elements(foods.ToArray()), Gen.Elements(risky));
        var entry = from f in food from grams in Gen.Choose(1, 600) from daysAgo in Gen.Choose(0, 6) select new ConsumedFood(f, grams, Day.AddDays(-daysAgo));
        var days = entry.ArrayOf().Where(a => a.Length <= 10);
        DietTags[] exclusions = [DietTags.None, DietTags.GlutenFree, DietTags.DairyFree | DietTags.LowFodmap];

        // Every stage × diet × exclusion combination, each on a few random real days.
        foreach (var stage in stages)
        {
            foreach (var pattern in Enum.GetValues<DietPattern>())
            {
                foreach (var tags in exclusions)
                {
                    var preferences = new DietPreferences(pattern, tags, Allergens.None, new HashSet<int>());
                    Check.One(Config.QuickThrowOnFailure.WithMaxTest(3), NeverAddsRisk(stage, preferences, days, pool));
                }
            }
        }
    }

    private static Property NeverAddsRisk(LifeStage stage, DietPreferences preferences, Gen<ConsumedFood[]> days, IReadOnlyList<Food> pool)
    {
        var cases = days.Select(eaten => (Stage: stage, Preferences: preferences, Eaten: eaten));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var targets = DefaultTargets.For(c.Stage);
            var suggestions = GapCloser.Suggest(Day, c.Eaten, pool, targets, c.Stage, c.Preferences);
            var with = c.Eaten.Concat(suggestions.Select(s => new ConsumedFood(s.Food, s.Grams, Day))).ToList();
            double Total(IEnumerable<ConsumedFood> items, Func<Food, double?> nutrient) => items.Where(i => i.Date == Day).Sum(i => i.Nutrient(nutrient));
            var before = DayScorer.Score(Day, c.Eaten, targets, c.Stage);
            var after = DayScorer.Score(Day, with, targets, c.Stage);
            return (suggestions.All(s => s.Food.PregnancyRisks == PregnancyRisks.None
                        && !Preparation.MustBeCookedFirst(s.Food)
                        && !Seasonings.IsSeasoningOrDried(s.Food)
                        && c.Preferences.Allows(s.Food)
                        && s.Grams is >= GapCloser.MinPortionGrams and <= GapCloser.MaxPortionGrams
                        && (s.Food.EnergyKcal ?? 0) * s.Grams / 100 <= GapCloser.MaxPortionKcal)
                    && Total(with, f => f.CaffeineMg) == Total(c.Eaten, f => f.CaffeineMg)
                    && Total(with, f => f.AlcoholG) == Total(c.Eaten, f => f.AlcoholG)
                    && after.Warnings.Count <= before.Warnings.Count)
                .Label($"{c.Stage.Kind}, {c.Preferences.Pattern}, {c.Preferences.RequiredTags}: {string.Join(", ", suggestions.Select(s => $"{s.Grams} g {s.Food.Name}"))}");
        });
    }
}
