using System.Globalization;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Logging;

/// <summary>An amount as the mother entered it: grams, millilitres, or a number of a household portion.</summary>
public sealed record Quantity(QuantityUnit Unit, double Amount, string? PortionDescription = null)
{
    /// <summary>The largest amount one entry may hold: 5 kg (or 5 L) is already far beyond any meal.</summary>
    public const double MaxGrams = 5000;

    /// <summary>
    /// The smallest amount one entry may hold: 0.1 g is a pinch of a spice. Smaller amounts are typing slips (1e-7 g of
    /// kale), and would otherwise count as a plant and a colour.
    /// </summary>
    public const double MinGrams = 0.1;

    public static Quantity Grams(double grams) => new(QuantityUnit.Grams, grams);
    public static Quantity Millilitres(double millilitres) => new(QuantityUnit.Millilitres, millilitres);
    public static Quantity Portions(double count, string portionDescription) => new(QuantityUnit.Portion, count, portionDescription);

    /// <summary>Resolves the amount to grams of <paramref name="food"/>; fails when the portion is not one of the food's.</summary>
    public double ToGrams(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return Unit switch
        {
            QuantityUnit.Grams or QuantityUnit.Millilitres => Amount,
            QuantityUnit.Portion => Amount * (food.Portions.FirstOrDefault(p => p.Description == PortionDescription)?.Grams
                ?? throw new ArgumentException($"'{PortionDescription}' is not a portion of {food.Name}.", nameof(food))),
            _ => throw new ArgumentOutOfRangeException(nameof(food), Unit, "Unknown quantity unit."),
        };
    }

    public string Describe() => Unit switch
    {
        QuantityUnit.Grams => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.#} g"),
        QuantityUnit.Millilitres => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.#} mL"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.##} × {PortionDescription}"),
    };
}
