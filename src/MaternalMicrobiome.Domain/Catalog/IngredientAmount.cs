namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>One ingredient's value of a nutrient per 100 g (null: unknown) and the grams of it in the whole recipe.</summary>
public readonly record struct IngredientAmount(double? PerHundredGrams, double Grams);
