namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>A one-tap drink: a catalog food (by stable key) and an everyday amount.</summary>
public sealed record QuickDrink(string FoodKey, string Label, double Millilitres)
{
    public static IReadOnlyList<QuickDrink> All { get; } =
    [
        new("usda-14411", "Glass of water", 250),
        new("usda-14355", "Cup of tea", 240),
        new("usda-14209", "Cup of coffee", 240),
        new("usda-01289", "Glass of kefir", 240),
    ];
}
