using System.Text.RegularExpressions;

namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Foods that usually hold caffeine: coffee, tea, cocoa, cola, mate, guarana, energy drinks and chocolate sweets. SR28
/// has no caffeine value for some of them (17 on the seeded catalog, among them "Cocoa, dry powder, unsweetened,
/// HERSHEY'S European Style Cocoa" and "SILK Coffee, soymilk"); their caffeine is unknown, not zero, and the day says so.
/// </summary>
public static partial class CaffeineSources
{
    private const string Sweets = "Sweets";

    /// <summary>Coffee, tea and cocoa, the caffeine-bearing species of the catalog.</summary>
    private static readonly string[] CaffeineSpecies = ["coffea-arabica", "camellia-sinensis", "theobroma-cacao"];

    public static bool MayHoldCaffeine(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var name = food.Name;
        if (CaffeineFree().IsMatch(name))
        {
            return false;
        }

        return food.PlantSpecies.Exists(species => Array.IndexOf(CaffeineSpecies, species) >= 0)
            || CaffeineDrink().IsMatch(name)
            || (string.Equals(food.FoodGroup, Sweets, StringComparison.Ordinal) && name.Contains("chocolate", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A food that usually holds caffeine and has no caffeine value.</summary>
    public static bool IsCaffeineUnknown(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.CaffeineMg is null && MayHoldCaffeine(food);
    }

    [GeneratedRegex(@"\b(coffee|espresso|cocoa|cola|tea|mate|guarana|energy drink)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaffeineDrink();

    // Herbal teas, decaf, white chocolate, and foods only flavoured with or named after a caffeine source.
    [GeneratedRegex(@"herb|chamomile|decaf|caffeine[- ]free|white chocolate|cookie|cake|cereal|ice cream|frozen|pudding|\bbar\b|syrup|flavor|water|other than cola", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaffeineFree();
}
