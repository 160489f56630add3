namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>A comment of the week between the client and this nutritionist.</summary>
public sealed record ReportComment(DateOnly Date, string AuthorName, bool ByClient, string Text, bool Resolved);
