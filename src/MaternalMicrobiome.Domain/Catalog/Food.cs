using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// A food of the catalog. Nutrients are per 100 g edible portion; a null nutrient means the source
/// published no value (unknown, not zero). The gut-health attributes are curated, not USDA data.
/// </summary>
public sealed class Food
{
    public int Id { get; set; }

    /// <summary>Stable key used by the seed files: <c>usda-&lt;NDB number&gt;</c> or <c>mm-&lt;slug&gt;</c>.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }
    public List<string> Synonyms { get; set; } = [];
    public required string FoodGroup { get; set; }
    public string? UsdaNdbId { get; set; }

    public double? EnergyKcal { get; set; }
    public double? ProteinG { get; set; }
    public double? CarbohydrateG { get; set; }
    public double? FiberG { get; set; }
    public double? TotalSugarsG { get; set; }
    public double? AddedSugarsG { get; set; }

    /// <summary>SR28 has total sugars only, so added sugars are a curated estimate where this is set.</summary>
    public bool AddedSugarsEstimated { get; set; }

    public double? WaterG { get; set; }
    public double? CaffeineMg { get; set; }
    public double? AlcoholG { get; set; }

    // Prenatal nutrients (seeds/usda-prenatal-nutrients.csv): null is unknown, as for every nutrient. SR28 has no iodine.
    public double? FolateDfeUg { get; set; }
    public double? IronMg { get; set; }
    public double? CholineMg { get; set; }

    /// <summary>DHA (22:6 n-3) in g, as USDA publishes it; <see cref="PrenatalValues"/> adds it to EPA in mg.</summary>
    public double? DhaG { get; set; }

    /// <summary>EPA (20:5 n-3) in g.</summary>
    public double? EpaG { get; set; }

    public double? VitaminDUg { get; set; }
    public double? VitaminB12Ug { get; set; }
    public double? CalciumMg { get; set; }
    public double? IodineUg { get; set; }

    /// <summary>Reference serving in grams, used to count fermented and prebiotic-rich servings.</summary>
    public double? ServingGrams { get; set; }

    /// <summary>Botanical keys such as <c>allium-cepa</c>; every plant of a mixed food is listed.</summary>
    public List<string> PlantSpecies { get; set; } = [];

    /// <summary>Weight of each species in the plant counts: 1, or 0.25 for herbs, spices, coffee, tea and cocoa.</summary>
    public double PlantPoints { get; set; }

    public PlantColours Colours { get; set; }
    public bool IsFermented { get; set; }
    public bool HasLiveCultures { get; set; }
    public bool IsPrebioticRich { get; set; }
    public bool IsBeverage { get; set; }

    /// <summary>NOVA processing group, 1 (unprocessed) to 4 (ultra-processed).</summary>
    public int NovaGroup { get; set; } = 1;

    public PregnancyRisks PregnancyRisks { get; set; }
    public Allergens Allergens { get; set; }
    public DietTags DietTags { get; set; }
    public string? CurationNote { get; set; }

    public List<FoodPortion> Portions { get; set; } = [];

    /// <summary>
    /// Who owns this private custom food or recipe (a mother, or a nutritionist's recipe library); null for the shared
    /// catalog.
    /// </summary>
    public string? OwnerId { get; set; }

    /// <summary>For a client's copy of a food from her nutritionist's library: the library food's key.</summary>
    public string? LibrarySourceKey { get; set; }

    /// <summary>The <see cref="Version"/> of the library food when it was copied; a later edit there makes a new copy.</summary>
    public Guid? LibrarySourceVersion { get; set; }

    /// <summary>Set for a recipe: its ingredients are what is scored, each counting its own plants and nutrients.</summary>
    public List<RecipeIngredient> Ingredients { get; set; } = [];

    /// <summary>How many servings a recipe makes (a serving is its total weight divided by this).</summary>
    public int? RecipeServings { get; set; }

    /// <summary>Changes on every edit; a second editor saving an older version gets a conflict instead of overwriting.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Hash of the seed row this food was last loaded from; lets the seed loader skip unchanged rows.</summary>
    public string? SeedHash { get; set; }

    /// <summary>Set when an admin edits the food, so that a later seed never overwrites the edit.</summary>
    public bool EditedLocally { get; set; }

    /// <summary>The prenatal nutrients per 100 g, unknown where the catalog has no value (DHA+EPA when either half is missing).</summary>
    public PrenatalNutrientValues PrenatalValues => new()
    {
        FolateDfeUg = FolateDfeUg,
        IronMg = IronMg,
        IodineUg = IodineUg,
        CholineMg = CholineMg,
        DhaEpaMg = PrenatalNutrientValues.DhaPlusEpaMg(DhaG, EpaG),
        VitaminDUg = VitaminDUg,
        VitaminB12Ug = VitaminB12Ug,
        CalciumMg = CalciumMg,
        ProteinG = ProteinG,
    };

    public bool IsPlant => PlantSpecies.Count > 0;

    /// <summary>Whether this is a client's copy of a food from her nutritionist's library.</summary>
    public bool IsFromLibrary => LibrarySourceKey is not null;

    public bool IsRecipe => Ingredients.Count > 0;

    /// <summary>Water of a drink counts towards beverage water; plain water, black coffee and tea carry no energy.</summary>
    public bool IsPlainDrink => IsBeverage && NovaGroup == 1 && (EnergyKcal ?? 0) < 5;

    /// <summary>
    /// A copy of this food owned by <paramref name="ownerId"/> under a new <paramref name="key"/>: every value, plant,
    /// flag and portion, and no ingredients (a recipe's are the caller's to point at foods the new owner can see).
    /// </summary>
    public Food CopyFor(string ownerId, string key)
    {
        var copy = (Food)MemberwiseClone();
        copy.Id = 0;
        copy.Key = key;
        copy.OwnerId = ownerId;
        copy.Synonyms = [.. Synonyms];
        copy.PlantSpecies = [.. PlantSpecies];
        copy.Portions = Portions.Select(p => new FoodPortion { Sequence = p.Sequence, Description = p.Description, Grams = p.Grams }).ToList();
        copy.Ingredients = [];
        copy.Version = Guid.NewGuid();
        copy.SeedHash = null;
        copy.EditedLocally = false;
        copy.LibrarySourceKey = null;
        copy.LibrarySourceVersion = null;
        return copy;
    }
}
