namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One line of the shopping list CSV.</summary>
public sealed record ShoppingCsvRow(string Aisle, string Food, double Grams, string Quantity);
