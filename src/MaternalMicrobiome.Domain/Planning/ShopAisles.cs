using System.Text.RegularExpressions;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// Maps a food to its shop aisle: by its USDA SR28 food group, except that a food named "canned" is in tins and jars
/// and one named "frozen" in the freezer, whatever its group (canned peaches are not in produce).
/// </summary>
public static partial class ShopAisles
{
    /// <summary>Every SR28 food group, and the aisle a shopper finds it in. A group not listed is "other".</summary>
    public static IReadOnlyDictionary<string, ShopAisle> ByFoodGroup { get; } = new Dictionary<string, ShopAisle>(StringComparer.OrdinalIgnoreCase)
    {
        ["Vegetables and Vegetable Products"] = ShopAisle.Produce,
        ["Fruits and Fruit Juices"] = ShopAisle.Produce,
        ["Dairy and Egg Products"] = ShopAisle.DairyAndEggs,
        ["Baked Products"] = ShopAisle.GrainsAndBakery,
        ["Breakfast Cereals"] = ShopAisle.GrainsAndBakery,
        ["Cereal Grains and Pasta"] = ShopAisle.GrainsAndBakery,

        // The store cupboard: dry and tinned legumes, nuts, spices, oils, soups and sauces are shelved together.
        ["Legumes and Legume Products"] = ShopAisle.TinsAndJars,
        ["Nut and Seed Products"] = ShopAisle.TinsAndJars,
        ["Spices and Herbs"] = ShopAisle.TinsAndJars,
        ["Fats and Oils"] = ShopAisle.TinsAndJars,
        ["Soups, Sauces, and Gravies"] = ShopAisle.TinsAndJars,
        ["Beef Products"] = ShopAisle.MeatAndFish,
        ["Lamb, Veal, and Game Products"] = ShopAisle.MeatAndFish,
        ["Pork Products"] = ShopAisle.MeatAndFish,
        ["Poultry Products"] = ShopAisle.MeatAndFish,
        ["Finfish and Shellfish Products"] = ShopAisle.MeatAndFish,
        ["Sausages and Luncheon Meats"] = ShopAisle.MeatAndFish,

        // Drinks, sweets, snacks, ready meals, baby foods and regional foods have no aisle of the six.
        ["Beverages"] = ShopAisle.Other,
        ["Sweets"] = ShopAisle.Other,
        ["Snacks"] = ShopAisle.Other,
        ["Baby Foods"] = ShopAisle.Other,
        ["Fast Foods"] = ShopAisle.Other,
        ["Restaurant Foods"] = ShopAisle.Other,
        ["Meals, Entrees, and Side Dishes"] = ShopAisle.Other,
        ["American Indian/Alaska Native Foods"] = ShopAisle.Other,
    };

    public static ShopAisle For(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return For(food.FoodGroup, food.Name);
    }

    public static ShopAisle For(string? foodGroup, string? name)
    {
        if (name is not null && Canned().IsMatch(name))
        {
            return ShopAisle.TinsAndJars;
        }

        if (name is not null && Frozen().IsMatch(name))
        {
            return ShopAisle.Frozen;
        }

        return foodGroup is not null && ByFoodGroup.TryGetValue(foodGroup.Trim(), out var aisle) ? aisle : ShopAisle.Other;
    }

    /// <summary>The aisle's heading on the list.</summary>
    public static string Label(ShopAisle aisle) => aisle switch
    {
        ShopAisle.Produce => "Produce",
        ShopAisle.DairyAndEggs => "Dairy & eggs",
        ShopAisle.GrainsAndBakery => "Grains & bakery",
        ShopAisle.TinsAndJars => "Tins & jars",
        ShopAisle.MeatAndFish => "Meat & fish",
        ShopAisle.Frozen => "Frozen",
        _ => "Other",
    };

    [GeneratedRegex(@"\bcanned\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Canned();

    [GeneratedRegex(@"\bfrozen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frozen();
}
