namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>One day of the week view: its overall score and the two targets the streaks follow.</summary>
public sealed record WeekDay(DateOnly Date, bool HasEntries, int Overall, bool FiberMet, bool FermentedMet);
