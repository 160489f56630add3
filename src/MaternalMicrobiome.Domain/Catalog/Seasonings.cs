namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Foods eaten by the pinch or used to flavour a dish: SR28's herbs and spices, seasonings and powders, and dried or
/// dehydrated vegetables ("Celery flakes, dried", "Onions, dehydrated flakes"). They count as plants when logged, but a
/// suggestion of one is either a pinch sold as "6 new plants" or 100 g of flakes: never a way to close a gap.
/// </summary>
public static class Seasonings
{
    public const string SpicesAndHerbs = "Spices and Herbs";
    private const string Vegetables = "Vegetables and Vegetable Products";

    public static bool IsSeasoningOrDried(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var name = food.Name;
        bool Says(string words) => name.Contains(words, StringComparison.OrdinalIgnoreCase);

        return string.Equals(food.FoodGroup, SpicesAndHerbs, StringComparison.Ordinal)
            || Says("seasoning")
            || Says("powder")
            || Says("dehydrated")
            || Says("freeze-dried")
            || Says("flakes")
            || (string.Equals(food.FoodGroup, Vegetables, StringComparison.Ordinal) && (Says("dried") || Says("dry")));
    }
}
