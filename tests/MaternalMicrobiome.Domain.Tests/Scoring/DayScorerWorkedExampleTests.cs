using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

using static MaternalMicrobiome.Domain.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

/// <summary>
/// The seed article's day, scored by hand: oats with banana at breakfast, lentil soup with onion and garlic at lunch,
/// asparagus at dinner, kefir and live sauerkraut, and 1.5 L of water, for a mother in week 20 (trimester 2).
/// </summary>
public sealed class DayScorerWorkedExampleTests
{
    private const double Tolerance = 1e-9;

    private static readonly DateOnly Day = TestStages.Today;

    private static ConsumedFood[] SeedArticleDay() =>
    [
        RolledOats.Eat(80, Day),
        Banana.Eat(118, Day),
        LentilsCooked.Eat(200, Day),
        Onion.Eat(80, Day),
        Garlic.Eat(6, Day),
        Asparagus.Eat(120, Day),
        Kefir.Eat(250, Day),
        LiveSauerkraut.Eat(75, Day),
        Water.Eat(1500, Day),
    ];

    private static DayScore ScoreSeedDay() => TestStages.Score(TestStages.PregnantTrimester2, SeedArticleDay());

    [Fact]
    public void The_mother_is_in_the_second_trimester()
    {
        var stage = TestStages.PregnantTrimester2;

        Assert.True(stage.IsPregnant);
        Assert.Equal(20, stage.GestationalWeek);
        Assert.Equal(2, stage.Trimester);
    }

    [Fact]
    public void Fiber_is_the_sum_of_each_food_grams_times_its_fiber_per_100_grams()
    {
        // oats, banana, lentils, onion, garlic, asparagus, kefir (0 g fiber), live sauerkraut, water (no fiber value).
        var expectedFiber = (80 * 10.1 / 100) + (118 * 2.6 / 100) + (200 * 7.9 / 100) + (80 * 1.7 / 100)
            + (6 * 2.1 / 100) + (120 * 2.1 / 100) + (250 * 0.0 / 100) + (75 * 2.9 / 100);
        Assert.Equal(33.129, expectedFiber, Tolerance); // 8.08 + 3.068 + 15.8 + 1.36 + 0.126 + 2.52 + 0 + 2.175

        var fiber = ScoreSeedDay().Result(Metric.Fiber);

        Assert.Equal(expectedFiber, fiber.Actual, Tolerance);
        Assert.Equal(28, fiber.Target);
        Assert.Equal(1.0, fiber.Fraction, Tolerance); // 33.129 / 28 = 1.18, capped at 1
        Assert.True(fiber.Met);
    }

    [Fact]
    public void Fiber_contributions_list_each_food_with_grams_and_amount_largest_first()
    {
        var fiber = ScoreSeedDay().Result(Metric.Fiber);

        // Kefir and water add no fiber, so they are not listed.
        (string Name, double Grams, double Amount)[] expected =
        [
            ("Lentils, cooked", 200, 200 * 7.9 / 100),
            ("Rolled oats", 80, 80 * 10.1 / 100),
            ("Banana", 118, 118 * 2.6 / 100),
            ("Asparagus", 120, 120 * 2.1 / 100),
            ("Live sauerkraut", 75, 75 * 2.9 / 100),
            ("Onion", 80, 80 * 1.7 / 100),
            ("Garlic", 6, 6 * 2.1 / 100),
        ];
        Assert.Equal(expected.Select(e => e.Name), fiber.Contributions.Select(c => c.FoodName));
        Assert.Equal(expected.Select(e => e.Grams), fiber.Contributions.Select(c => c.Grams));
        Assert.All(expected.Zip(fiber.Contributions), pair => Assert.Equal(pair.First.Amount, pair.Second.Amount, Tolerance));
        Assert.Equal(fiber.Actual, fiber.Contributions.Sum(c => c.Amount), Tolerance);
    }

    [Fact]
    public void Fermented_servings_count_kefir_by_170_grams_and_live_sauerkraut_by_75_grams()
    {
        var expectedServings = (250.0 / 170) + (75.0 / 75); // 1.4706 + 1 = 2.4706

        var fermented = ScoreSeedDay().Result(Metric.FermentedServings);

        Assert.Equal(expectedServings, fermented.Actual, Tolerance);
        Assert.Equal(2, fermented.Target);
        Assert.Equal(6, fermented.Definition.StretchValue);
        Assert.Equal(1.0, fermented.Fraction, Tolerance);
        Assert.True(fermented.Met);
        Assert.Equal(["Kefir, lowfat, plain", "Live sauerkraut"], fermented.Contributions.Select(c => c.FoodName));
    }

    [Fact]
    public void Plants_per_day_are_the_distinct_species_eaten()
    {
        string[] expectedSpecies =
        [
            "allium-cepa", "allium-sativum", "asparagus-officinalis", "avena-sativa", "brassica-oleracea", "lens-culinaris",
            "musa-acuminata",
        ];

        var score = ScoreSeedDay();
        var perDay = score.Result(Metric.PlantsPerDay);
        var perWeek = score.Result(Metric.PlantsPerWeek);

        Assert.Equal(7, perDay.Actual);
        Assert.Equal(5, perDay.Target);
        Assert.Equal(1.0, perDay.Fraction, Tolerance); // 7 / 5, capped
        Assert.True(perDay.Met);
        Assert.Equal(expectedSpecies, perDay.Contributions.Select(c => c.Detail).Order(StringComparer.Ordinal));

        // Nothing else was logged in the 7 days, so the week holds the same 7 of 30.
        Assert.Equal(7, perWeek.Actual);
        Assert.Equal(30, perWeek.Target);
        Assert.Equal(7.0 / 30, perWeek.Fraction, Tolerance);
        Assert.False(perWeek.Met);
    }

    [Fact]
    public void Colours_count_each_colour_group_once()
    {
        // yellow (banana), green (asparagus), white/tan (onion, garlic, sauerkraut); oats, lentils and kefir carry no colour.
        var colours = ScoreSeedDay().Result(Metric.PlantColours);

        Assert.Equal(3, colours.Actual);
        Assert.Equal(4, colours.Target);
        Assert.Equal(3.0 / 4, colours.Fraction, Tolerance);
        Assert.False(colours.Met);
        Assert.Equal(["green", "white/tan", "yellow"], colours.Contributions.Select(c => c.Detail).Order(StringComparer.Ordinal));
        Assert.Equal("Garlic, Live sauerkraut, Onion", colours.Contributions.Single(c => c.Detail == "white/tan").FoodName);
    }

    [Fact]
    public void Prebiotic_servings_count_each_prebiotic_food_by_its_serving()
    {
        // banana 118/118, lentils 200/100, onion 80/80, garlic 6/6, asparagus 120/60.
        var expected = (118.0 / 118) + (200.0 / 100) + (80.0 / 80) + (6.0 / 6) + (120.0 / 60);

        var prebiotic = ScoreSeedDay().Result(Metric.PrebioticServings);

        Assert.Equal(7, expected, Tolerance);
        Assert.Equal(expected, prebiotic.Actual, Tolerance);
        Assert.Equal(2, prebiotic.Target);
        Assert.Equal(1.0, prebiotic.Fraction, Tolerance);
        Assert.True(prebiotic.Met);
    }

    [Fact]
    public void Beverage_water_counts_the_water_in_drinks_only()
    {
        // kefir 250 g x 90.07 % + water 1,500 g x 100.00 %; the lentils' and vegetables' water is food, not drink.
        var expectedWater = (250 * 90.07 / 100) + (1500 * 100.00 / 100);

        var water = ScoreSeedDay().Result(Metric.BeverageWater);

        Assert.Equal(1725.175, expectedWater, Tolerance);
        Assert.Equal(expectedWater, water.Actual, Tolerance);
        Assert.Equal(2300, water.Target);
        Assert.Equal(expectedWater / 2300, water.Fraction, Tolerance);
        Assert.False(water.Met);
    }

    [Fact]
    public void Limits_are_fully_met_on_a_whole_food_day()
    {
        var score = ScoreSeedDay();

        foreach (var metric in new[] { Metric.AddedSugar, Metric.Caffeine, Metric.UltraProcessedShare })
        {
            var result = score.Result(metric);
            Assert.Equal(0, result.Actual);
            Assert.Equal(1.0, result.Fraction);
            Assert.True(result.Met);
        }

        Assert.Equal(25, score.Result(Metric.AddedSugar).Target);
        Assert.Equal(200, score.Result(Metric.Caffeine).Target);
        Assert.Equal(20, score.Result(Metric.UltraProcessedShare).Target);
        Assert.Empty(score.Warnings);
    }

    [Fact]
    public void The_weights_are_those_of_the_design()
    {
        var weights = DefaultTargets.For(TestStages.PregnantTrimester2).Targets.ToDictionary(t => t.Metric, t => t.Weight);

        Assert.Equal(
            new Dictionary<Metric, double>
            {
                [Metric.Fiber] = 3,
                [Metric.FermentedServings] = 3,
                [Metric.PlantsPerDay] = 2,
                [Metric.PlantsPerWeek] = 2,
                [Metric.PrebioticServings] = 1,
                [Metric.PlantColours] = 1,
                [Metric.BeverageWater] = 2,
                [Metric.AddedSugar] = 1,
                [Metric.Caffeine] = 1,
                [Metric.UltraProcessedShare] = 1,
            },
            weights);
    }

    [Fact]
    public void Overall_score_is_the_weighted_mean_of_the_fractions()
    {
        var water = ((250 * 90.07 / 100) + (1500 * 100.00 / 100)) / 2300;
        var weightedSum =
            (3 * 1.0)          // fiber 33.1 of 28
            + (3 * 1.0)        // fermented 2.47 of 2
            + (2 * 1.0)        // plants today 7 of 5
            + (2 * (7.0 / 30)) // plants this week 7 of 30
            + (1 * 1.0)        // prebiotic 7 of 2
            + (1 * (3.0 / 4))  // colours 3 of 4
            + (2 * water)      // beverage water 1,725 of 2,300 mL
            + (1 * 1.0)        // added sugar 0 of at most 25
            + (1 * 1.0)        // caffeine 0 of at most 200
            + (1 * 1.0);       // ultra-processed 0 % of at most 20 %
        const double totalWeight = 3 + 3 + 2 + 2 + 1 + 1 + 2 + 1 + 1 + 1;
        var expectedOverall = (int)Math.Round(100 * weightedSum / totalWeight, MidpointRounding.AwayFromZero);

        Assert.Equal(87, expectedOverall); // 100 x 14.7167 / 17 = 86.57
        var score = ScoreSeedDay();
        Assert.Equal(expectedOverall, score.Overall);
        Assert.True(score.HasEntries);
        Assert.Equal(Day, score.Date);
    }

    [Fact]
    public void A_day_meeting_fiber_and_fermented_earns_the_synergy()
    {
        Assert.True(ScoreSeedDay().Synergy);
    }

    [Fact]
    public void Without_the_kefir_the_fermented_target_is_missed_and_there_is_no_synergy()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, SeedArticleDay().Where(f => f.Food != Kefir).ToArray());

        Assert.True(score.Result(Metric.Fiber).Met);
        Assert.False(score.Result(Metric.FermentedServings).Met); // 75 / 75 = 1 of 2
        Assert.False(score.Synergy);
    }

    [Fact]
    public void Without_the_oats_and_lentils_the_fiber_target_is_missed_and_there_is_no_synergy()
    {
        var score = TestStages.Score(
            TestStages.PregnantTrimester2,
            SeedArticleDay().Where(f => f.Food != RolledOats && f.Food != LentilsCooked).ToArray());

        var expectedFiber = 33.129 - (80 * 10.1 / 100) - (200 * 7.9 / 100); // 9.249 g
        Assert.Equal(expectedFiber, score.Result(Metric.Fiber).Actual, Tolerance);
        Assert.Equal(expectedFiber / 28, score.Result(Metric.Fiber).Fraction, Tolerance);
        Assert.False(score.Result(Metric.Fiber).Met);
        Assert.True(score.Result(Metric.FermentedServings).Met);
        Assert.False(score.Synergy);
    }

    [Fact]
    public void The_synergy_badge_cites_wastyk_2021_and_shows_ward_2025_as_unverified()
    {
        Assert.Equal([ReferenceKeys.Wastyk2021], SynergyRule.ReferenceKeys);
        Assert.Equal([ReferenceKeys.Ward2025], SynergyRule.UnverifiedReferenceKeys);
    }

    [Fact]
    public void Every_target_cites_references_except_the_ultra_processed_heuristic()
    {
        var score = ScoreSeedDay();

        Assert.Equal(10, score.Targets.Count);
        Assert.All(
            score.Targets.Where(t => t.Metric != Metric.UltraProcessedShare),
            t => Assert.NotEmpty(t.Definition.ReferenceKeys));
        var upf = score.Result(Metric.UltraProcessedShare).Definition;
        Assert.Empty(upf.ReferenceKeys);
        Assert.Equal(EvidenceGrade.Heuristic, upf.Grade);
        Assert.All(score.Targets.SelectMany(t => t.Definition.ReferenceKeys), key => Assert.Contains(key, ReferenceKeys.All));
    }

    [Fact]
    public void Targets_cite_the_sources_of_the_design()
    {
        var targets = DefaultTargets.For(TestStages.PregnantTrimester2);

        Assert.Equal([ReferenceKeys.IomMacronutrients], Keys(targets, Metric.Fiber));
        Assert.Equal([ReferenceKeys.Wastyk2021, ReferenceKeys.Marco2021], Keys(targets, Metric.FermentedServings));
        Assert.Equal([ReferenceKeys.McDonald2018], Keys(targets, Metric.PlantsPerDay));
        Assert.Equal([ReferenceKeys.McDonald2018], Keys(targets, Metric.PlantsPerWeek));
        Assert.Equal([ReferenceKeys.Gibson2017, ReferenceKeys.Jones2024], Keys(targets, Metric.PrebioticServings));
        Assert.Equal([ReferenceKeys.Dga2020], Keys(targets, Metric.PlantColours));
        Assert.Equal([ReferenceKeys.IomWater, ReferenceKeys.EfsaWater], Keys(targets, Metric.BeverageWater));
        Assert.Equal([ReferenceKeys.AhaSugar, ReferenceKeys.WhoSugars], Keys(targets, Metric.AddedSugar));
        Assert.Equal([ReferenceKeys.AcogCaffeine, ReferenceKeys.EfsaCaffeine], Keys(targets, Metric.Caffeine));
        Assert.Equal(EvidenceGrade.Heuristic, targets.For(Metric.PlantsPerDay)!.Grade);
        Assert.Equal(EvidenceGrade.Observational, targets.For(Metric.PlantsPerWeek)!.Grade);
        Assert.Equal(EvidenceGrade.Heuristic, targets.For(Metric.PlantColours)!.Grade);
    }

    [Fact]
    public void A_breakfast_only_day_scores_partial_fractions()
    {
        // Breastfeeding: 40 g oats, one medium banana, a cup of coffee, a teaspoon of cinnamon.
        var stage = TestStages.Breastfeeding;
        var score = TestStages.Score(
            stage,
            RolledOats.Eat(40, Day),
            Banana.Eat(118, Day),
            Coffee.Eat(237, Day),
            Cinnamon.Eat(2.6, Day));

        var fiber = (40 * 10.1 / 100) + (118 * 2.6 / 100) + (237 * 0.0 / 100) + (2.6 * 53.1 / 100); // 4.04 + 3.068 + 0 + 1.3806
        var plants = 1 + 1 + 0.25 + 0.25;                                                       // oats, banana, coffee, cinnamon
        var prebiotic = 118.0 / 118;                                                            // banana
        var water = 237 * 99.39 / 100;                                                          // coffee is a drink
        var caffeine = 237 * 40.0 / 100;                                                        // 94.8 mg, under 200
        var weightedSum =
            (3 * (fiber / 29))
            + (3 * 0)
            + (2 * (plants / 5))
            + (2 * (plants / 30))
            + (1 * (prebiotic / 2))
            + (1 * (1.0 / 4)) // yellow
            + (2 * (water / 3100))
            + 1 + 1 + 1;
        var expectedOverall = (int)Math.Round(100 * weightedSum / 17, MidpointRounding.AwayFromZero);

        Assert.Equal(8.4886, fiber, 1e-9);
        Assert.Equal(fiber, score.Result(Metric.Fiber).Actual, Tolerance);
        Assert.Equal(fiber / 29, score.Result(Metric.Fiber).Fraction, Tolerance);
        Assert.Equal(plants, score.Result(Metric.PlantsPerDay).Actual, Tolerance);
        Assert.Equal(water, score.Result(Metric.BeverageWater).Actual, Tolerance);
        Assert.Equal(caffeine, score.Result(Metric.Caffeine).Actual, Tolerance);
        Assert.Equal(1.0, score.Result(Metric.Caffeine).Fraction);
        Assert.Equal(35, expectedOverall); // 100 x 5.947 / 17 = 34.98
        Assert.Equal(expectedOverall, score.Overall);
        Assert.False(score.Synergy);
        Assert.Empty(score.Warnings);
    }

    private static IReadOnlyList<string> Keys(TargetSet targets, Metric metric) => targets.For(metric)!.ReferenceKeys;
}
