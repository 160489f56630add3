namespace MaternalMicrobiome.Web.Features.Trends;

/// <summary>
/// One day of the trend charts: her numbers (null on a day she logged nothing, drawn as a gap, not as 0) and the
/// targets in force on that day (the charts' target lines, which step when her targets changed).
/// </summary>
public sealed record TrendPoint(
    DateOnly Date,
    bool HasEntries,
    double? Fiber,
    double? FermentedServings,
    double? PlantsThisWeek,
    int? Overall,
    double? WaterMillilitres,
    double FiberTarget,
    double FermentedTarget,
    double PlantsTarget,
    double WaterTarget);
