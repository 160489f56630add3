using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Planning;

public sealed class PlanScorerTests
{
    private static readonly TargetSet Targets = DefaultTargets.For(TestStages.PregnantTrimester2);

    private static PlannedEntry Planned(int day, Food food, double grams, int? loggedEntryId = null) =>
        new() { DayIndex = day, Slot = MealSlot.Lunch, FoodId = food.Id, Food = food, Unit = QuantityUnit.Grams, Amount = grams, Grams = grams, LoggedEntryId = loggedEntryId };

    private static MealPlan Plan(params PlannedEntry[] entries) =>
        new() { AuthorId = "a", MotherId = "m", Title = "Week", WeekStart = TestStages.Today, Entries = [.. entries] };

    private static IReadOnlyList<DayScore> Score(MealPlan plan) => PlanScorer.ScoreDays(plan, _ => Targets, _ => TestStages.PregnantTrimester2);

    [Fact]
    public void A_planned_day_scores_exactly_like_the_same_foods_logged_on_that_day()
    {
        var plan = Plan(Planned(2, TestFoods.LentilsCooked, 200), Planned(2, TestFoods.Kefir, 170));

        var planned = Score(plan)[2];
        var logged = DayScorer.Score(
            TestStages.Today.AddDays(2),
            [new ConsumedFood(TestFoods.LentilsCooked, 200, TestStages.Today.AddDays(2)), new ConsumedFood(TestFoods.Kefir, 170, TestStages.Today.AddDays(2))],
            Targets,
            TestStages.PregnantTrimester2);

        Assert.Equal(logged.Overall, planned.Overall);
        Assert.Equal(TestStages.Today.AddDays(2), planned.Date);
        Assert.False(Score(plan)[1].HasEntries);
    }

    [Fact]
    public void Plants_per_week_on_day_d_count_the_plan_days_0_to_d_only()
    {
        var plan = Plan(Planned(0, TestFoods.Banana, 118), Planned(3, TestFoods.RolledOats, 40), Planned(6, TestFoods.Garlic, 5));

        var scores = Score(plan);

        Assert.Equal(1, scores[0].For(Metric.PlantsPerWeek)!.Actual);
        Assert.Equal(1, scores[2].For(Metric.PlantsPerWeek)!.Actual);
        Assert.Equal(2, scores[3].For(Metric.PlantsPerWeek)!.Actual);
        Assert.Equal(3, scores[6].For(Metric.PlantsPerWeek)!.Actual);
        Assert.Equal(7, scores.Count);
    }

    [Fact]
    public void Adherence_counts_logged_planned_entries_per_day_and_keeps_both_scores()
    {
        var plan = Plan(Planned(0, TestFoods.Banana, 118, loggedEntryId: 5), Planned(0, TestFoods.Kefir, 170), Planned(1, TestFoods.RolledOats, 40));
        var planned = Score(plan);
        var actual = new DayScore?[] { planned[1], null, null, null, null, null, null };

        var adherence = PlanAdherence.Compare(plan, planned, actual);

        Assert.Equal((1, 2), (adherence.Days[0].Logged, adherence.Days[0].Planned));
        Assert.Equal(0.5, adherence.Days[0].Fraction);
        Assert.Equal(planned[0].Overall, adherence.Days[0].PlannedScore);
        Assert.Equal(planned[1].Overall, adherence.Days[0].ActualScore);
        Assert.Null(adherence.Days[1].ActualScore);
        Assert.Null(adherence.Days[2].Fraction);
        Assert.Equal(1.0 / 3, adherence.Fraction, 6);
    }

    [Fact]
    public void An_empty_plan_has_zero_adherence()
    {
        var plan = Plan();
        var adherence = PlanAdherence.Compare(plan, Score(plan), new DayScore?[7]);

        Assert.Equal(0, adherence.Fraction);
        Assert.All(adherence.Days, d => Assert.Null(d.Fraction));
    }
}
