using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Week;

/// <summary>
/// A week's prenatal nutrients: each of the 7 days against the RDA/AI of her stage that day, and the daily averages over
/// the logged days against one stage for the week. The weekly report and the week page read the same.
/// </summary>
/// <param name="Days">The 7 days, oldest first; a day with nothing logged has every nutrient unknown.</param>
/// <param name="Averages">Per nutrient, over the logged days only (<see cref="PrenatalNutrientEvaluator.WeekAverages"/>).</param>
public sealed record PrenatalWeek(DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<PrenatalWeekDay> Days, IReadOnlyList<NutrientWeekAverage> Averages)
{
    public const int DayCount = 7;

    /// <summary>Days with at least one food logged: what the averages are taken over.</summary>
    public int LoggedDays => Days.Count(d => d.IsLogged);

    /// <summary>
    /// The 7 days from <paramref name="firstDay"/> out of <paramref name="foods"/> (foods outside them are ignored), with no
    /// access check or audit of its own: the caller has read her data through <c>ClientAccess</c> once already.
    /// </summary>
    /// <param name="stageOn">Her stage on a date, for each day's reference values.</param>
    /// <param name="averageStage">The stage the averages are compared against.</param>
    public static PrenatalWeek Evaluate(DateOnly firstDay, IEnumerable<ConsumedFood> foods, Func<DateOnly, LifeStage> stageOn, LifeStage averageStage)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(stageOn);
        var byDate = foods.ToLookup(f => f.Date);
        var days = Enumerable.Range(0, DayCount)
            .Select(offset => firstDay.AddDays(offset))
            .Select(date => new PrenatalDay(date, PrenatalNutrientEvaluator.Eaten(byDate[date])))
            .ToList();
        return new PrenatalWeek(
            firstDay,
            firstDay.AddDays(DayCount - 1),
            days.Select(d => new PrenatalWeekDay(d.Date, d.IsLogged, PrenatalNutrientEvaluator.EvaluateDay(d.Foods, stageOn(d.Date)))).ToList(),
            PrenatalNutrientEvaluator.WeekAverages(days, averageStage));
    }
}
