namespace MaternalMicrobiome.Web.Components.Pages.Practice;

/// <summary>One page of the "Who viewed my data" list and how many reads there are in all.</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogRow> Rows, int TotalCount);
