using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

public sealed class WeekScorerTests
{
    private static readonly DateOnly Today = TestStages.Today;

    private static WeekSummary Summarize(params ConsumedFood[] foods) =>
        WeekScorer.Summarize(Today, foods, _ => DefaultTargets.For(TestStages.PregnantTrimester2), _ => TestStages.PregnantTrimester2);

    /// <summary>A day that meets both fiber (28 g: 400 g lentils = 31.6 g) and fermented (340 g kefir = 2 servings).</summary>
    private static ConsumedFood[] GoodDay(DateOnly date) => [TestFoods.LentilsCooked.Eat(400, date), TestFoods.Kefir.Eat(340, date)];

    [Fact]
    public void The_week_lists_seven_days_ending_today_with_their_scores()
    {
        var week = Summarize(GoodDay(Today.AddDays(-2)));

        Assert.Equal(Enumerable.Range(-6, 7).Select(Today.AddDays), week.Days.Select(d => d.Date));
        var good = week.Days.Single(d => d.Date == Today.AddDays(-2));
        Assert.True(good.HasEntries && good.FiberMet && good.FermentedMet && good.Overall > 0);
        Assert.All(week.Days.Where(d => d != good), d => Assert.Equal(0, d.Overall));
    }

    [Fact]
    public void Plants_are_listed_by_name_towards_30_and_todays_new_ones_are_marked()
    {
        var week = Summarize(
            TestFoods.Onion.Eat(80, Today.AddDays(-3)),
            TestFoods.RedOnion.Eat(50, Today),
            TestFoods.Garlic.Eat(6, Today),
            TestFoods.Banana.Eat(118, Today.AddDays(-7)));

        Assert.Equal(2, week.PlantTotal);
        Assert.Equal(30, week.PlantTarget);
        var onion = week.Plants.Single(p => p.Species == "allium-cepa");
        Assert.False(onion.IsNewToday);
        Assert.Equal(Today.AddDays(-3), onion.FirstEaten);
        Assert.Contains(TestFoods.RedOnion.Name, onion.FoodNames);
        Assert.True(week.Plants.Single(p => p.Species == "allium-sativum").IsNewToday);
        Assert.DoesNotContain(week.Plants, p => p.FoodNames.Contains(TestFoods.Banana.Name));
    }

    [Fact]
    public void Streaks_count_days_in_a_row_and_an_open_today_does_not_break_them()
    {
        var foods = GoodDay(Today.AddDays(-1)).Concat(GoodDay(Today.AddDays(-2))).Concat(GoodDay(Today.AddDays(-3)))
            .Append(TestFoods.LentilsCooked.Eat(400, Today.AddDays(-5)))
            .ToArray();

        var week = Summarize(foods);

        Assert.Equal(3, week.FermentedStreak);
        Assert.Equal(3, week.FiberStreak);
    }

    [Fact]
    public void A_missed_day_ends_the_streak_and_meeting_today_extends_it()
    {
        var foods = GoodDay(Today).Concat(GoodDay(Today.AddDays(-1)))
            .Append(TestFoods.LentilsCooked.Eat(400, Today.AddDays(-2)))
            .Concat(GoodDay(Today.AddDays(-3)))
            .ToArray();

        var week = Summarize(foods);

        Assert.Equal(2, week.FermentedStreak);
        Assert.Equal(4, week.FiberStreak);
    }

    [Fact]
    public void An_empty_history_has_no_streak_and_no_plants()
    {
        var week = Summarize();

        Assert.Equal(0, week.FermentedStreak);
        Assert.Equal(0, week.FiberStreak);
        Assert.Empty(week.Plants);
    }

    [Fact]
    public void A_spice_counts_a_quarter_in_the_week()
    {
        var week = WeekScorer.Summarize(
            Today,
            [TestFoods.Cinnamon.Eat(2, Today), TestFoods.Garlic.Eat(6, Today)],
            _ => DefaultTargets.For(TestStages.PregnantTrimester2),
            _ => TestStages.PregnantTrimester2);

        Assert.Equal(1.25, week.PlantTotal);
    }
}
