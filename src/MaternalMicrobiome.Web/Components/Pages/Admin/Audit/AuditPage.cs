namespace MaternalMicrobiome.Web.Components.Pages.Admin.Audit;

/// <summary>The entries of one page and how many entries match the filter in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int TotalCount);
