namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>What one food (or one plant species, or one colour) added to a target.</summary>
/// <param name="FoodName">The food, or the foods joined by commas for a species or colour.</param>
/// <param name="Grams">Grams of the food(s) eaten.</param>
/// <param name="Amount">The amount added, in the target's unit.</param>
/// <param name="Detail">The species key or colour, for plant and colour targets.</param>
public sealed record Contribution(string FoodName, double Grams, double Amount, string? Detail = null);
