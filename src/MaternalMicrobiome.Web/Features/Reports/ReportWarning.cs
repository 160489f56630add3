namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>A food-safety warning raised on a day of the week, with the foods that raised it.</summary>
public sealed record ReportWarning(DateOnly Date, string Title, IReadOnlyList<string> FoodNames);
