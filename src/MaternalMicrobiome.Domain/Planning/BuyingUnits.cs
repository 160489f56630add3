using System.Text.RegularExpressions;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// Turns planned grams into what a shopper buys. Cooked legumes and grains are bought dry:
/// <see cref="CookedPerDry"/> grams cooked come from 1 g dry. Drinks are bought by the litre (1 g taken as 1 ml).
/// A food with a whole-item portion ("1 medium", "1 large") is bought as a count of items, rounded up so the plan is
/// never short. Everything else is bought by weight.
/// </summary>
public static partial class BuyingUnits
{
    /// <summary>
    /// Cooked weight per dry weight of legumes and grains. From SR28 water contents, (100 - water dry) / (100 - water
    /// cooked): lentils 3.0, black beans 2.6, chickpeas 2.3, white rice 2.8, spaghetti 2.4; 2.5 is the middle.
    /// </summary>
    public const double CookedPerDry = 2.5;

    /// <summary>Grams per millilitre of a drink: water's density (milk is 1.03; 3% is below a shopper's rounding).</summary>
    public const double GramsPerMillilitre = 1.0;

    // Portions that are one whole item, best first; a medium one is the everyday size.
    private static readonly string[] WholeItems = ["1 medium", "1 large", "1 small", "1 fruit", "1 whole", "1 egg", "1 clove", "1 bulb"];

    private static readonly string[] DryBoughtGroups = ["Legumes and Legume Products", "Cereal Grains and Pasta"];

    public static BuyingQuantity For(Food food, double grams)
    {
        ArgumentNullException.ThrowIfNull(food);
        if (IsCookedLegumeOrGrain(food))
        {
            return new BuyingQuantity(BuyingUnit.DryWeight, grams / CookedPerDry, grams);
        }

        if (food.IsBeverage)
        {
            return new BuyingQuantity(BuyingUnit.Litres, grams / GramsPerMillilitre / 1000, grams);
        }

        if (WholeItem(food) is { } item && grams > 0)
        {
            return new BuyingQuantity(BuyingUnit.Items, ItemsFor(grams, item.Grams), grams, item.Description);
        }

        return new BuyingQuantity(BuyingUnit.Weight, grams, grams);
    }

    /// <summary>Whole items for <paramref name="grams"/>, rounded up: enough items, and one fewer would not be.</summary>
    public static int ItemsFor(double grams, double gramsPerItem)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gramsPerItem);
        if (grams <= 0)
        {
            return 0;
        }

        // A planned 354 g of 118 g bananas is 3, not 4 because of floating-point dust.
        var exact = grams / gramsPerItem;
        var rounded = Math.Round(exact);
        return (int)Math.Min(int.MaxValue, Math.Abs(exact - rounded) < 1e-9 ? rounded : Math.Ceiling(exact));
    }

    public static bool IsCookedLegumeOrGrain(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return DryBoughtGroups.Contains(food.FoodGroup, StringComparer.OrdinalIgnoreCase) && Cooked().IsMatch(food.Name);
    }

    /// <summary>The food's whole-item portion, if it is bought by the piece.</summary>
    public static FoodPortion? WholeItem(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var portions = food.Portions.Where(p => p.Grams > 0).OrderBy(p => p.Sequence).ToList();
        return WholeItems
            .Select(unit => portions.FirstOrDefault(p => IsUnit(p.Description, unit)))
            .FirstOrDefault(p => p is not null);
    }

    // "1 medium (7" long)" is a medium one; "1 medium slice" and "1 cup" are not whole items.
    private static bool IsUnit(string description, string unit)
    {
        var text = description.Trim();
        return text.Equals(unit, StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && text[unit.Length] is '(' or ',' or ' '
                && !text[unit.Length..].TrimStart(' ', ',').StartsWith("slice", StringComparison.OrdinalIgnoreCase)
                && !text[unit.Length..].Contains("cup", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\b(cooked|boiled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cooked();
}
