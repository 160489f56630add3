using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// Summarises the 7 days ending on a day. Streaks look further back, as far as the foods given reach
/// (<see cref="MaxStreakDays"/> at most), scoring each day with the targets of that day's life stage.
/// </summary>
public static class WeekScorer
{
    public const int MaxStreakDays = 90;

    public static WeekSummary Summarize(DateOnly endDate, IEnumerable<ConsumedFood> foods, Func<DateOnly, TargetSet> targetsOn, Func<DateOnly, LifeStage> stageOn)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(targetsOn);
        ArgumentNullException.ThrowIfNull(stageOn);
        var all = foods.ToList();
        var byDate = all.ToLookup(f => f.Date);

        DayScore ScoreOf(DateOnly date) => DayScorer.Score(date, all, targetsOn(date), stageOn(date));

        var days = Enumerable.Range(0, DayScorer.PlantWindowDays)
            .Select(offset => endDate.AddDays(offset - DayScorer.PlantWindowDays + 1))
            .Select(date => ScoreOf(date))
            .Select(score => new WeekDay(score.Date, score.HasEntries, score.Overall, score.For(Metric.Fiber)?.Met == true, score.For(Metric.FermentedServings)?.Met == true))
            .ToList();

        var today = ScoreOf(endDate);
        var weekly = today.For(Metric.PlantsPerWeek);
        var plants = Plants(endDate, all, weekly);
        var earliest = all.Count == 0 ? endDate : all.Min(f => f.Date);
        return new WeekSummary(
            endDate,
            days,
            plants,
            weekly?.Actual ?? 0,
            weekly?.Target ?? 30,
            Streak(endDate, earliest, Metric.FermentedServings, ScoreOf, byDate),
            Streak(endDate, earliest, Metric.Fiber, ScoreOf, byDate));
    }

    private static List<WeekPlant> Plants(DateOnly endDate, List<ConsumedFood> all, TargetResult? weekly)
    {
        if (weekly is null)
        {
            return [];
        }

        var firstDay = endDate.AddDays(1 - DayScorer.PlantWindowDays);
        var window = all.SelectMany(RecipeExpansion.Expand).Where(f => f.Date >= firstDay && f.Date <= endDate && f.Grams >= DayScorer.MinPlantGrams).ToList();
        return weekly.Contributions
            .Where(c => c.Detail is not null)
            .Select(c =>
            {
                var eaten = window.Where(f => f.Food.PlantSpecies.Contains(c.Detail!)).ToList();
                var first = eaten.Min(f => f.Date);
                var names = eaten.Select(f => f.Food.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new WeekPlant(c.Detail!, names, c.Amount, first, first == endDate);
            })
            .OrderBy(p => p.FirstEaten)
            .ThenBy(p => p.Species, StringComparer.Ordinal)
            .ToList();
    }

    private static int Streak(DateOnly endDate, DateOnly earliest, Metric metric, Func<DateOnly, DayScore> scoreOf, ILookup<DateOnly, ConsumedFood> byDate)
    {
        bool Met(DateOnly date) => byDate[date].Any() && scoreOf(date).For(metric)?.Met == true;

        // Today still open does not break the streak: count from yesterday until today is met.
        var day = Met(endDate) ? endDate : endDate.AddDays(-1);
        var streak = 0;
        while (streak < MaxStreakDays && day >= earliest && Met(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
