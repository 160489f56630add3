using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

using static MaternalMicrobiome.Domain.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

/// <summary>Plants are species (DESIGN.md section 2): counted once per day or per rolling 7-day window.</summary>
public sealed class PlantCountingTests
{
    private static readonly DateOnly Day = TestStages.Today;

    [Fact]
    public void Red_and_white_onion_count_as_one_plant()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Onion.Eat(80, Day), RedOnion.Eat(50, Day));

        var plants = score.Result(Metric.PlantsPerDay);
        Assert.Equal(1, plants.Actual);
        var onion = Assert.Single(plants.Contributions);
        Assert.Equal("allium-cepa", onion.Detail);
        Assert.Equal("Onion, Red onion", onion.FoodName);
        Assert.Equal(130, onion.Grams);
        Assert.Equal(1, score.Result(Metric.PlantsPerWeek).Actual);
    }

    [Fact]
    public void Red_and_white_onion_still_bring_their_own_colours()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Onion.Eat(80, Day), RedOnion.Eat(50, Day));

        // white/tan from the onion, red/orange and blue/purple from the red onion.
        Assert.Equal(3, score.Result(Metric.PlantColours).Actual);
    }

    [Fact]
    public void A_plant_eaten_twice_in_a_day_counts_once()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Banana.Eat(118, Day), Banana.Eat(60, Day));

        Assert.Equal(1, score.Result(Metric.PlantsPerDay).Actual);
        Assert.Equal(178, Assert.Single(score.Result(Metric.PlantsPerDay).Contributions).Grams);
    }

    [Fact]
    public void Each_plant_of_a_mixed_dish_counts()
    {
        var soup = new Food
        {
            Key = "mm-lentil-soup",
            Name = "Lentil soup",
            FoodGroup = "Soups, Sauces, and Gravies",
            FiberG = 3,
            PlantSpecies = ["lens-culinaris", "allium-cepa", "allium-sativum", "daucus-carota", "allium-cepa"],
            PlantPoints = 1,
        };

        var score = TestStages.Score(TestStages.PregnantTrimester2, soup.Eat(300, Day), Onion.Eat(20, Day));

        Assert.Equal(4, score.Result(Metric.PlantsPerDay).Actual);
    }

    [Fact]
    public void Foods_without_a_species_are_not_plants()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Kefir.Eat(250, Day), Water.Eat(500, Day), Swordfish.Eat(100, Day));

        Assert.Equal(0, score.Result(Metric.PlantsPerDay).Actual);
        Assert.Empty(score.Result(Metric.PlantsPerDay).Contributions);
    }

    [Fact]
    public void The_rolling_week_includes_the_six_previous_days_and_excludes_day_minus_7_and_the_future()
    {
        var score = TestStages.Score(
            TestStages.PregnantTrimester2,
            Asparagus.Eat(60, Day.AddDays(-7)),     // outside: 8 days ago counting today
            RolledOats.Eat(40, Day.AddDays(-6)),    // first day of the window
            Banana.Eat(118, Day.AddDays(-3)),
            LentilsCooked.Eat(100, Day),
            Garlic.Eat(6, Day.AddDays(1)));         // tomorrow: not yet eaten

        var week = score.Result(Metric.PlantsPerWeek);
        Assert.Equal(3, week.Actual);
        Assert.Equal(["avena-sativa", "lens-culinaris", "musa-acuminata"], week.Contributions.Select(c => c.Detail));
        Assert.Equal(3.0 / 30, week.Fraction, 1e-12);
        Assert.Equal(1, score.Result(Metric.PlantsPerDay).Actual);
    }

    [Fact]
    public void The_daily_targets_read_only_the_foods_of_the_day()
    {
        var score = TestStages.Score(
            TestStages.PregnantTrimester2,
            RolledOats.Eat(100, Day.AddDays(-1)),
            Kefir.Eat(340, Day.AddDays(-1)),
            LentilsCooked.Eat(100, Day));

        Assert.Equal(7.9, score.Result(Metric.Fiber).Actual, 1e-12);
        Assert.Equal(0, score.Result(Metric.FermentedServings).Actual);
        Assert.Equal(2, score.Result(Metric.PlantsPerWeek).Actual);
    }

    [Fact]
    public void A_plant_eaten_on_several_days_counts_once_in_the_week()
    {
        var score = TestStages.Score(
            TestStages.PregnantTrimester2,
            Banana.Eat(118, Day.AddDays(-5)),
            Banana.Eat(118, Day.AddDays(-2)),
            Banana.Eat(118, Day));

        Assert.Equal(1, score.Result(Metric.PlantsPerWeek).Actual);
    }

    [Fact]
    public void Cinnamon_and_coffee_count_a_quarter_each()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Cinnamon.Eat(2.6, Day), Coffee.Eat(237, Day), Banana.Eat(118, Day));

        Assert.Equal(0.25 + 0.25 + 1, score.Result(Metric.PlantsPerDay).Actual, 1e-12);
        Assert.Equal(0.25 + 0.25 + 1, score.Result(Metric.PlantsPerWeek).Actual, 1e-12);
        Assert.Equal(0.25, score.Result(Metric.PlantsPerDay).Contributions.Single(c => c.Detail == "cinnamomum-verum").Amount);
        Assert.Equal(0.25, score.Result(Metric.PlantsPerDay).Contributions.Single(c => c.Detail == "coffea-arabica").Amount);
    }

    [Fact]
    public void Two_coffees_with_seven_plants_read_seven_and_a_quarter_not_eight()
    {
        // The day of issue 11: oats, banana, lentils, onion, garlic, asparagus and sauerkraut plus two coffees read 8 plants.
        var score = TestStages.Score(
            TestStages.PregnantTrimester2,
            RolledOats.Eat(40, Day), Banana.Eat(118, Day), LentilsCooked.Eat(100, Day), Onion.Eat(80, Day), Garlic.Eat(6, Day),
            Asparagus.Eat(60, Day), LiveSauerkraut.Eat(75, Day), Coffee.Eat(237, Day), Coffee.Eat(237, Day));

        Assert.Equal(7.25, score.Result(Metric.PlantsPerDay).Actual, 1e-12);
    }

    [Fact]
    public void A_crumb_of_a_plant_counts_neither_as_a_plant_nor_as_a_colour()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Onion.Eat(1e-7, Day), Banana.Eat(0.9, Day), Asparagus.Eat(DayScorer.MinPlantGrams, Day));

        Assert.Equal(1, score.Result(Metric.PlantsPerDay).Actual);
        Assert.Equal(1, score.Result(Metric.PlantsPerWeek).Actual);
        Assert.Equal(1, score.Result(Metric.PlantColours).Actual);
        Assert.Equal("asparagus-officinalis", Assert.Single(score.Result(Metric.PlantsPerDay).Contributions).Detail);
    }

    [Fact]
    public void Zero_gram_entries_are_ignored()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Banana.Eat(0, Day), Onion.Eat(80, Day));

        Assert.Equal(1, score.Result(Metric.PlantsPerDay).Actual);
        Assert.Equal(1, score.Result(Metric.PlantColours).Actual);
    }
}
