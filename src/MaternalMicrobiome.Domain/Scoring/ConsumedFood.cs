using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>An amount of a food eaten on a date: what the scorer reads (a recipe arrives as its ingredients).</summary>
public sealed record ConsumedFood(Food Food, double Grams, DateOnly Date)
{
    public double Nutrient(Func<Food, double?> perHundredGrams)
    {
        ArgumentNullException.ThrowIfNull(perHundredGrams);
        return (perHundredGrams(Food) ?? 0) * Grams / 100.0;
    }
}
