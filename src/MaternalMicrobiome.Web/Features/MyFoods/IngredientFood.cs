namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>What the recipe form needs of a food it may use as an ingredient: its fiber and plants for the live totals.</summary>
/// <param name="FiberG">Fiber per 100 g; null when the source has no value.</param>
/// <param name="DefaultGrams">A sensible first amount: the food's first household portion, or 100 g.</param>
/// <param name="DefaultPortion">That portion's description, when the food has one.</param>
public sealed record IngredientFood(
    int Id, string Name, string FoodGroup, double? FiberG, IReadOnlyList<string> PlantSpecies, double DefaultGrams, string? DefaultPortion);
