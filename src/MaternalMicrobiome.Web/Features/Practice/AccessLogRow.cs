namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>One read of the mother's data by a nutritionist: who, when and what (a day, a week, the roster, a report).</summary>
public sealed record AccessLogRow(long Id, DateTimeOffset At, string Who, string What);
