namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// What to buy for <paramref name="PlannedGrams"/> of a food: <paramref name="Amount"/> in <paramref name="Unit"/>
/// (grams for weight and dry weight, litres, or a whole number of items of <paramref name="Portion"/>).
/// </summary>
public sealed record BuyingQuantity(BuyingUnit Unit, double Amount, double PlannedGrams, string? Portion = null);
