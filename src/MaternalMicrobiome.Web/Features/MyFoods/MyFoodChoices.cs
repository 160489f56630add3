using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>The short lists a mother chooses from when she describes her own food.</summary>
public static class MyFoodChoices
{
    /// <summary>The food group of every recipe.</summary>
    public const string RecipeGroup = "Recipes";

    /// <summary>NOVA group of a custom food unless she says otherwise: most home-made foods are "processed" (3).</summary>
    public const int DefaultNovaGroup = 3;

    /// <summary>Plant-points weight of a herb or spice (as in the seeded catalog); every other plant is worth 1.</summary>
    public const double HerbOrSpicePoints = 0.25;

    public const string HerbsAndSpices = "Spices and Herbs";

    /// <summary>The catalog's own group names, so that her foods sit beside the shared ones.</summary>
    public static IReadOnlyList<string> FoodGroups { get; } =
    [
        "Vegetables and Vegetable Products",
        "Fruits and Fruit Juices",
        "Legumes and Legume Products",
        "Cereal Grains and Pasta",
        "Baked Products",
        "Nut and Seed Products",
        "Dairy and Egg Products",
        "Finfish and Shellfish Products",
        "Meat and Poultry",
        HerbsAndSpices,
        "Fats and Oils",
        "Soups, Sauces, and Gravies",
        "Snacks",
        "Sweets",
        "Beverages",
        "Other",
    ];

    public static IReadOnlyList<(int Group, string Label)> NovaGroups { get; } =
    [
        (1, "1 · Unprocessed or minimally processed (fresh, dried, frozen)"),
        (2, "2 · Culinary ingredient (oil, butter, sugar, salt)"),
        (3, "3 · Home-made or processed (cooked, baked, pickled)"),
        (4, "4 · Ultra-processed (industrial, many additives)"),
    ];

    public static IReadOnlyList<(PlantColours Colour, string Label)> Colours { get; } =
    [
        (PlantColours.RedOrange, "Red or orange"),
        (PlantColours.Yellow, "Yellow"),
        (PlantColours.Green, "Green"),
        (PlantColours.BluePurple, "Blue or purple"),
        (PlantColours.WhiteTan, "White or tan"),
    ];

    public static string NovaLabel(int group) => NovaGroups.FirstOrDefault(n => n.Group == group).Label ?? $"NOVA {group}";
}
