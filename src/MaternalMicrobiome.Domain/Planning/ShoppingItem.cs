namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// One food to buy for a plan: its total grams over the week (recipes expanded into their ingredients), its shop aisle
/// and what to buy (<see cref="Buy"/>: dry weight, litres, whole items or weight).
/// </summary>
public sealed record ShoppingItem(int FoodId, string Name, ShopAisle Aisle, double Grams, BuyingQuantity Buy);
