namespace MaternalMicrobiome.Web.Application;

/// <summary>The rows of one page of a long list and how many rows match its filter in all (for the pager).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, int TotalCount);
