using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>One day of the weekly report: its score against that day's targets, and its check-in if she made one.</summary>
public sealed record ReportDay(DayScore Score, CheckIn? CheckIn)
{
    public DateOnly Date => Score.Date;

    public double Actual(Metric metric) => Score.For(metric)?.Actual ?? 0;

    public int TargetsMet => Score.HasEntries ? Score.Targets.Count(t => t.Met) : 0;
}
