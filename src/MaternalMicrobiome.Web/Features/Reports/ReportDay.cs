using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>One day of the weekly report: its score against that day's targets, and its check-in if she made one.</summary>
public sealed record ReportDay(DayScore Score, CheckIn? CheckIn)
{
    public DateOnly Date => Score.Date;

    public bool Logged => Score.HasEntries;

    /// <summary>The day's value of a metric; null on a day she logged nothing (blank in every report, never 0).</summary>
    public double? Actual(Metric metric) => Logged && Score.For(metric) is { } result ? result.Actual : null;

    /// <summary>Targets met; null on a day she logged nothing.</summary>
    public int? TargetsMet => Logged ? Score.Targets.Count(t => t.Met) : null;
}
