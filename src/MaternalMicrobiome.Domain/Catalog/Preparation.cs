namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Foods sold dry that nobody eats as they come: dry beans, split peas and lentils, grains, flours and dry pasta. USDA
/// lists them raw or dry ("Hyacinth beans, mature seeds, raw", "Quinoa, uncooked"), and a portion of one is not what
/// reaches the plate (a cup of dry beans swells to two and a half cooked; raw kidney beans are even toxic). They can be
/// logged and used in recipes, but suggestions propose their cooked or canned forms instead.
/// </summary>
public static class Preparation
{
    private const string Legumes = "Legumes and Legume Products";
    private const string CerealGrains = "Cereal Grains and Pasta";

    public static bool MustBeCookedFirst(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var name = food.Name;
        bool Says(string words) => name.Contains(words, StringComparison.OrdinalIgnoreCase);

        // Among legumes, tofu and peanuts are eaten raw; dry seeds, lentils and flours are not.
        return food.FoodGroup switch
        {
            Legumes => Says("mature seeds, raw") || (Says("lentils") && Says(", raw")) || Says("flour"),
            CerealGrains => Says(", raw") || Says("uncooked") || Says(", dry") || Says("flour"),
            _ => false,
        };
    }
}
