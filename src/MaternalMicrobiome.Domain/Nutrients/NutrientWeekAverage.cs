namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>One nutrient's daily average over the logged days of a week, against its daily reference value.</summary>
/// <param name="AverageKnownTotal">The mean of the logged days' known totals; null when no logged day has any known value for it.</param>
/// <param name="LoggedDays">Days with at least one eaten food; days with no log are left out, not counted as 0.</param>
/// <param name="DaysWithUnknownFoods">Logged days where some eaten food had no value, so the average is "at least".</param>
public sealed record NutrientWeekAverage(
    PrenatalNutrient Nutrient,
    double? AverageKnownTotal,
    int LoggedDays,
    int DaysWithUnknownFoods,
    DailyReferenceValue Reference,
    NutrientStatus Status)
{
    public bool IsAtLeast => DaysWithUnknownFoods > 0;
}
