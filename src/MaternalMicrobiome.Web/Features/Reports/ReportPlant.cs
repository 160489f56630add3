namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>A plant species eaten in the week and the foods it came from ("Onions, raw; Onion soup").</summary>
public sealed record ReportPlant(string Species, string FoodNames, double Points);
