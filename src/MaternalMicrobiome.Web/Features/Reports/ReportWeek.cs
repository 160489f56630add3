using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>
/// The one rule for which week a report may show, shared by the report page, its PDF and CSV downloads and the
/// service: a <c>yyyy-MM-dd</c> date within the logging range (so no date at the calendar's edge reaches the week arithmetic).
/// </summary>
public static class ReportWeek
{
    /// <summary>The query parameter, and the field every message names.</summary>
    public const string Field = "week";

    public static readonly string FormatMessage = "week must be a date such as 2026-03-02 (year-month-day).";

    public static readonly string RangeMessage = $"week must start {LoggingWindow.Description}.";

    /// <summary>
    /// Reads <c>?week=</c>: none gives <paramref name="defaultStart"/>; otherwise the date, or the message naming the field.
    /// </summary>
    public static string? TryParse(string? week, DateOnly defaultStart, DateOnly today, out DateOnly weekStart)
    {
        weekStart = defaultStart;
        if (week is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out weekStart))
        {
            weekStart = defaultStart;
            return FormatMessage;
        }

        return Check(weekStart, today);
    }

    /// <summary>The range message for a week outside the logging range, or null.</summary>
    public static string? Check(DateOnly weekStart, DateOnly today) =>
        LoggingWindow.Contains(weekStart, today) ? null : RangeMessage;

    /// <summary>Throws FluentValidation's exception naming the field when the week is out of range.</summary>
    public static void Require(DateOnly weekStart, DateOnly today)
    {
        if (Check(weekStart, today) is { } message)
        {
            throw new ValidationException([new ValidationFailure(Field, message)]);
        }
    }
}
