namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One line of the shopping list CSV; <paramref name="AlreadyHave"/> is "yes" where she ticked it.</summary>
public sealed record ShoppingCsvRow(string Aisle, string Food, double Grams, string Quantity, string AlreadyHave);
