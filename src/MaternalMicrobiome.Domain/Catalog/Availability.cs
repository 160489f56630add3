namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Wild and traditional foods that USDA SR28 records from particular communities, in its own food group: "Rose Hips,
/// wild (Northern Plains Indians)", "Cloudberries, raw (Alaska Native)", "Mashu roots, raw (Alaska Native)". They are
/// gathered or prepared in a region rather than sold in shops, so they can be logged but are not what a suggestion
/// should send her to buy.
/// </summary>
public static class Availability
{
    public const string RegionalTraditionalFoods = "American Indian/Alaska Native Foods";

    public static bool IsGatheredRegionally(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return string.Equals(food.FoodGroup, RegionalTraditionalFoods, StringComparison.Ordinal);
    }
}
