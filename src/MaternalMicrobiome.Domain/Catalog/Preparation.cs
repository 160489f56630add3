namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Foods nobody eats as they come: dry beans, split peas and lentils, grain kernels, meals, flours and dry pasta, dried
/// mushrooms, papad and raw elderberries. USDA lists them raw or dry ("Hyacinth beans, mature seeds, raw", "Barley,
/// hulled"), and a portion of one is not what reaches the plate (a cup of dry beans swells to two and a half cooked; raw
/// kidney beans are even toxic). They can be logged and used in recipes, but suggestions propose their cooked or canned
/// forms instead.
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

        // "Quinoa, uncooked" and "Rice, white, precooked or instant, dry" are not cooked as sold.
        var cooked = Says("cooked") && !Says("uncooked") && !Says(", dry");

        if ((Says("flour") && !cooked)
            || ((Says("mushrooms") || Says("fungi")) && Says("dried"))
            || (Says("elderberries") && Says("raw")))
        {
            return true;
        }

        // Among legumes, tofu, peanuts, hummus and soy milk are eaten as they come; dry seeds, lentils and papad are not.
        // Every grain, meal, bran and pasta USDA lists is cooked before it is eaten unless its name says it was.
        return food.FoodGroup switch
        {
            Legumes => Says("mature seeds, raw") || (Says("lentils") && Says(", raw")) || name.StartsWith("Papad", StringComparison.OrdinalIgnoreCase),
            CerealGrains => !cooked,
            _ => false,
        };
    }

    /// <summary>Sprouted seeds eaten raw ("Alfalfa seeds, sprouted, raw", "Mung beans, mature seeds, sprouted, raw").</summary>
    public static bool IsRawSprout(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.Name.Contains("sprouted", StringComparison.OrdinalIgnoreCase)
            && !food.Name.Contains("cooked", StringComparison.OrdinalIgnoreCase);
    }
}
