namespace MaternalMicrobiome.Web.Components.Pages.Admin.Foods;

/// <summary>The rows of one grid page and how many foods match the filters in all.</summary>
public sealed record FoodGridPage(IReadOnlyList<FoodGridRow> Rows, int TotalCount);
