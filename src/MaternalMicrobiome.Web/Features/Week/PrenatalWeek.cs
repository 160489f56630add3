using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Web.Features.Week;

/// <summary>
/// A week's prenatal nutrients: each of the 7 days against the RDA/AI of her stage that day, and the daily averages over
/// the logged days against the stage on the last day. The weekly report and the week page read the same.
/// </summary>
/// <param name="Days">The 7 days, oldest first; a day with nothing logged has every nutrient unknown.</param>
/// <param name="Averages">Per nutrient, over the logged days only (<see cref="PrenatalNutrientEvaluator.WeekAverages"/>).</param>
public sealed record PrenatalWeek(DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<PrenatalWeekDay> Days, IReadOnlyList<NutrientWeekAverage> Averages)
{
    /// <summary>Days with at least one food logged: what the averages are taken over.</summary>
    public int LoggedDays => Days.Count(d => d.IsLogged);
}
