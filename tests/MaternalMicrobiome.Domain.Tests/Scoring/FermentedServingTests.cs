using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

using static MaternalMicrobiome.Domain.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

/// <summary>Only foods that still hold live cultures are fermented servings; alcohol-bearing ferments never in pregnancy.</summary>
public sealed class FermentedServingTests
{
    private static readonly DateOnly Day = TestStages.Today;

    [Fact]
    public void Kefir_counts_as_one_serving_per_170_grams()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Kefir.Eat(340, Day));

        Assert.Equal(2, score.Result(Metric.FermentedServings).Actual, 1e-12);
        Assert.True(score.Result(Metric.FermentedServings).Met);
    }

    [Fact]
    public void Live_sauerkraut_counts_as_one_serving_per_75_grams()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, LiveSauerkraut.Eat(75, Day));

        Assert.Equal(1, score.Result(Metric.FermentedServings).Actual, 1e-12);
        Assert.Equal(0.5, score.Result(Metric.FermentedServings).Fraction, 1e-12);
    }

    [Fact]
    public void Canned_sauerkraut_is_fermented_but_not_a_live_serving()
    {
        Assert.True(SauerkrautCanned.IsFermented);

        var score = TestStages.Score(TestStages.PregnantTrimester2, SauerkrautCanned.Eat(150, Day));

        Assert.Equal(0, score.Result(Metric.FermentedServings).Actual);
        Assert.Empty(score.Result(Metric.FermentedServings).Contributions);
    }

    [Fact]
    public void Tempeh_is_fermented_but_not_a_live_serving()
    {
        Assert.True(Tempeh.IsFermented);

        var score = TestStages.Score(TestStages.Breastfeeding, Tempeh.Eat(168, Day));

        Assert.Equal(0, score.Result(Metric.FermentedServings).Actual);
    }

    [Fact]
    public void Not_live_ferments_add_nothing_beside_a_live_one()
    {
        var score = TestStages.Score(
            TestStages.PregnantTrimester2,
            SauerkrautCanned.Eat(75, Day),
            Tempeh.Eat(84, Day),
            Kefir.Eat(170, Day));

        Assert.Equal(1, score.Result(Metric.FermentedServings).Actual, 1e-12);
        Assert.Equal("Kefir, lowfat, plain", Assert.Single(score.Result(Metric.FermentedServings).Contributions).FoodName);
    }

    [Fact]
    public void Kombucha_does_not_count_in_pregnancy()
    {
        var score = TestStages.Score(TestStages.PregnantTrimester2, Kombucha.Eat(480, Day));

        Assert.Equal(0, score.Result(Metric.FermentedServings).Actual);
        Assert.False(DayScorer.CountsAsFermentedServing(Kombucha, TestStages.PregnantTrimester2));
    }

    [Fact]
    public void Kombucha_counts_one_serving_per_240_grams_when_breastfeeding()
    {
        var score = TestStages.Score(TestStages.Breastfeeding, Kombucha.Eat(480, Day));

        Assert.Equal(2, score.Result(Metric.FermentedServings).Actual, 1e-12);
        Assert.True(DayScorer.CountsAsFermentedServing(Kombucha, TestStages.Breastfeeding));
    }

    [Fact]
    public void Kombucha_counts_when_planning_a_pregnancy()
    {
        var score = TestStages.Score(TestStages.Planning, Kombucha.Eat(240, Day));

        Assert.Equal(1, score.Result(Metric.FermentedServings).Actual, 1e-12);
    }

    [Fact]
    public void A_live_food_without_a_serving_size_counts_no_servings()
    {
        var kefirWithoutServing = new Domain.Catalog.Food
        {
            Key = "mm-kefir-no-serving",
            Name = "Kefir without a serving",
            FoodGroup = "Dairy and Egg Products",
            HasLiveCultures = true,
            IsFermented = true,
        };

        Assert.Equal(0, DayScorer.Servings(kefirWithoutServing.Eat(170, Day)));
    }
}
