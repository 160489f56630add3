namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// One food to buy for a plan: its total grams over the week (recipes expanded into their ingredients), its aisle (the
/// food group) and, where the food has household portions, about how many of one portion that is.
/// </summary>
public sealed record ShoppingItem(int FoodId, string Name, string Aisle, double Grams, string? PortionDescription, double PortionCount);
