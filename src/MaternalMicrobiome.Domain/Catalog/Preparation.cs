namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Foods nobody eats as they come: dry beans, split peas and lentils, grain kernels, meals, flours and dry pasta, dried
/// mushrooms, papad and raw elderberries. USDA lists them raw or dry ("Hyacinth beans, mature seeds, raw", "Barley,
/// hulled"), and a portion of one is not what reaches the plate (a cup of dry beans swells to two and a half cooked; raw
/// kidney beans are even toxic). They can be logged and used in recipes, but suggestions propose their cooked or canned
/// forms instead. The same holds for the raw vegetables and fungi that are unsafe until cooked (raw fava pods and lima
/// beans, cassava, taro, poke shoots, morels, fiddleheads, bamboo shoots), and to raw meat, poultry, fish and
/// shellfish: USDA lists most of them raw, but in pregnancy they are eaten cooked (Listeria, Toxoplasma, parasites).
/// </summary>
public static class Preparation
{
    private const string Legumes = "Legumes and Legume Products";
    private const string CerealGrains = "Cereal Grains and Pasta";

    /// <summary>SR28's groups of meat, poultry, fish and shellfish: a food of theirs named raw is cooked before it is eaten.</summary>
    private static readonly string[] AnimalGroups =
    [
        "Beef Products", "Pork Products", "Lamb, Veal, and Game Products", "Poultry Products", "Finfish and Shellfish Products",
        "Sausages and Luncheon Meats",
    ];

    /// <summary>
    /// Plants that are toxic or indigestible raw and that USDA lists raw: cyanogenic glycosides (cassava, lima beans,
    /// bamboo shoots), lectins and vicine (fava), oxalate crystals (taro), phytolaccatoxin (poke shoots), heat-labile
    /// toxins (morels, fiddleheads).
    /// </summary>
    private static readonly string[] CookBeforeEating =
    [
        "bamboo shoots", "broadbeans", "fava", "cassava", "lima beans", "limas", "taro", "pokeberry", "morel", "fiddlehead",
    ];

    public static bool MustBeCookedFirst(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var name = food.Name;
        bool Says(string words) => name.Contains(words, StringComparison.OrdinalIgnoreCase);

        if (Says(", raw") && (Array.Exists(CookBeforeEating, Says) || Array.Exists(AnimalGroups, g => string.Equals(food.FoodGroup, g, StringComparison.Ordinal))))
        {
            return true;
        }

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
}
