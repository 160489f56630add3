namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>An amount of one food eaten, with that food's prenatal nutrients per 100 g (a recipe arrives as its ingredients).</summary>
public sealed record EatenFood(double Grams, PrenatalNutrientValues PerHundredGrams)
{
    /// <summary>The amount of <paramref name="nutrient"/> in this portion, or null when the food has no value for it.</summary>
    public double? Amount(PrenatalNutrient nutrient) => PerHundredGrams[nutrient] * Grams / 100.0;
}
