namespace MaternalMicrobiome.Domain.Logging;

/// <summary>
/// The dates anything can be logged, planned, commented on or reported for: back as far as a pregnancy and the years
/// of breastfeeding after it reach, and a year ahead for plans. Dates outside are typing mistakes, not history.
/// </summary>
public static class LoggingWindow
{
    public const int YearsBack = 5;
    public const int YearsAhead = 1;

    public static string Description { get; } = $"within the last {YearsBack} years and at most a year ahead";

    public static bool Contains(DateOnly date, DateOnly today) =>
        date >= today.AddYears(-YearsBack) && date <= today.AddYears(YearsAhead);
}
