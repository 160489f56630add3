namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>The rolling week ending on a day: plants towards 30, daily scores, and streaks.</summary>
/// <param name="FermentedStreak">Days in a row with the fermented target met, ending today (or yesterday while today is still open).</param>
/// <param name="FiberStreak">The same for the fiber target.</param>
public sealed record WeekSummary(
    DateOnly EndDate,
    IReadOnlyList<WeekDay> Days,
    IReadOnlyList<WeekPlant> Plants,
    double PlantTotal,
    double PlantTarget,
    int FermentedStreak,
    int FiberStreak);
