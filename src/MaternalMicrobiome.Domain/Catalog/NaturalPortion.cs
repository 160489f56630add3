namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// The portion a mother means when she logs "one" of a food. USDA lists portions in its own order, which put
/// "1 cup (136 g)" first for garlic, "1 fl oz" for coffee and "1 cup, mashed" for a banana. This picks the single
/// natural unit instead: a clove, a medium fruit, a slice, a large egg, a cup of a drink; for a food with no such unit,
/// the household measure nearest the catalog's serving (a cup of cooked lentils, two tablespoons of peanut butter).
/// </summary>
public static class NaturalPortion
{
    // Countable units of a food, best first. "1 medium" before "1 large": a medium apple or carrot is the everyday one.
    private static readonly string[] FoodUnits =
    [
        "1 medium", "1 clove", "1 slice", "1 fruit", "1 egg", "1 large", "1 piece", "1 container", "1 individual",
        "1 bar", "1 roll", "1 muffin", "1 bagel", "1 pita", "1 tortilla", "1 cookie", "1 cracker", "1 stalk",
        "1 leaf", "1 spear", "1 serving",
    ];

    // Without a countable unit or a serving to compare with: the measures of a spread, then half a cup.
    private static readonly string[] MeasuredUnits = ["2 tbsp", "1 tbsp", "1/2 cup"];

    // A drink is a cup or a glass, not a fluid ounce or a quart.
    private static readonly string[] DrinkUnits =
    [
        "1 cup (8 fl oz)", "1 cup", "1 glass", "1 mug", "8 fl oz", "1 can", "1 bottle", "6 fl oz",
    ];

    // Prepared measures of a whole food ("1 cup, mashed") and packaging or weights nobody counts in.
    private static readonly string[] Avoided =
    [
        "chopped", "mashed", "sliced", "slices", "pureed", "grated", "diced", "crumbs", "cubes", "sections", "strips",
        "shredded", "quart", "package", "nlea", "1 oz", "1 fl oz", "1 lb", "yields", "crust not eaten",
    ];

    /// <summary>The natural portion of a food, or null when it lists none.</summary>
    public static FoodPortion? Choose(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var portions = food.Portions.OrderBy(p => p.Sequence).ToList();
        var index = Choose(food.Name, food.IsBeverage, portions.Select(p => (p.Description, p.Grams)).ToList(), food.ServingGrams);
        return index < 0 ? null : portions[index];
    }

    /// <summary>The index of the natural portion among <paramref name="portions"/>, or -1 when there is none.</summary>
    public static int Choose(string foodName, bool isBeverage, IReadOnlyList<(string Description, double Grams)> portions, double? servingGrams)
    {
        ArgumentNullException.ThrowIfNull(foodName);
        ArgumentNullException.ThrowIfNull(portions);
        if (portions.Count == 0)
        {
            return -1;
        }

        var lower = portions.Select(p => p.Description.Trim().ToLowerInvariant()).ToList();
        bool Plain(int i) => !Avoided.Any(lower[i].Contains);

        // USDA sizes eggs, and the everyday egg is a large one.
        var units = foodName.StartsWith("Egg", StringComparison.OrdinalIgnoreCase)
            ? ["1 large", .. FoodUnits]
            : isBeverage ? DrinkUnits : FoodUnits;
        var match = First(lower, units);
        if (match >= 0 || isBeverage)
        {
            return match >= 0 ? match : Fallback(lower);
        }

        // A food eaten by measure (cooked lentils, rice, peanut butter): the plain measure nearest its serving.
        if (servingGrams is > 0 and var serving)
        {
            var nearest = Enumerable.Range(0, portions.Count)
                .Where(i => Plain(i) && portions[i].Grams > 0)
                .OrderBy(i => Math.Abs(Math.Log(portions[i].Grams / serving)))
                .ThenBy(i => i)
                .FirstOrDefault(-1);
            if (nearest >= 0)
            {
                return nearest;
            }
        }

        match = First(lower, MeasuredUnits);
        return match >= 0 ? match : Fallback(lower);
    }

    private static int First(List<string> lower, string[] units)
    {
        foreach (var unit in units)
        {
            var match = lower.FindIndex(d => IsUnit(d, unit) && !Avoided.Any(d.Contains));
            if (match >= 0)
            {
                return match;
            }
        }

        return -1;
    }

    private static int Fallback(List<string> lower)
    {
        var plain = lower.FindIndex(d => !Avoided.Any(d.Contains));
        return plain >= 0 ? plain : 0;
    }

    private static readonly string[] OtherSizes = ["large", "small", "thin", "extra", "jumbo"];

    // "1 medium (7" long)" and "1 fruit, without skin" are the unit; "1 slice, large" is another size of it.
    private static bool IsUnit(string description, string unit)
    {
        if (description == unit)
        {
            return true;
        }

        if (!description.StartsWith(unit, StringComparison.Ordinal) || description[unit.Length] is not (' ' or '(' or ','))
        {
            return false;
        }

        var rest = description[unit.Length..];
        return !OtherSizes.Any(size => rest.Contains(size, StringComparison.Ordinal));
    }
}
