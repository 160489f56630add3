using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>
/// The client's stage on one stated date, from the same Domain rule as every other page (<see cref="LifeStage.From"/>
/// through <see cref="Application.MotherTargets.StageOn"/>), so the report's week of pregnancy is the app's.
/// </summary>
public sealed record ReportStage(LifeStage Stage, DateOnly On, DateOnly? DueDate)
{
    /// <summary>
    /// The date the report gives the stage on: her today (in her time zone, as the client header uses) when it falls in
    /// the week, otherwise the week's nearer end, so a past week shows the stage it ended in and never a future week.
    /// </summary>
    public static DateOnly DateFor(DateOnly weekStart, DateOnly weekEnd, DateOnly clientToday) =>
        clientToday < weekStart ? weekStart : clientToday > weekEnd ? weekEnd : clientToday;
}
