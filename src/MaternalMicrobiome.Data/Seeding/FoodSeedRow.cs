using CsvHelper.Configuration.Attributes;

namespace MaternalMicrobiome.Data.Seeding;

/// <summary>
/// One line of seeds/foods.csv, as written (flags as <c>;</c>-separated codes), and of the admin CSV. The nutrient
/// columns are described once in <see cref="Catalog.FoodNutrients"/>.
/// </summary>
public sealed class FoodSeedRow
{
    [Name("key")] public string Key { get; set; } = string.Empty;
    [Name("name")] public string Name { get; set; } = string.Empty;
    [Name("synonyms")] public string? Synonyms { get; set; }
    [Name("food_group")] public string FoodGroup { get; set; } = string.Empty;
    [Name("usda_ndb_id")] public string? UsdaNdbId { get; set; }
    [Name("energy_kcal")] public double? EnergyKcal { get; set; }
    [Name("protein_g")] public double? ProteinG { get; set; }
    [Name("carbohydrate_g")] public double? CarbohydrateG { get; set; }
    [Name("fiber_g")] public double? FiberG { get; set; }
    [Name("total_sugars_g")] public double? TotalSugarsG { get; set; }
    [Name("added_sugars_g")] public double? AddedSugarsG { get; set; }
    [Name("added_sugars_estimated")] public bool AddedSugarsEstimated { get; set; }
    [Name("water_g")] public double? WaterG { get; set; }
    [Name("caffeine_mg")] public double? CaffeineMg { get; set; }
    [Name("alcohol_g")] public double? AlcoholG { get; set; }
    [Name("serving_g")] public double? ServingG { get; set; }
    [Name("plant_species")] public string? PlantSpecies { get; set; }
    [Name("plant_points")] public double? PlantPoints { get; set; }
    [Name("colours")] public string? Colours { get; set; }
    [Name("fermented")] public bool Fermented { get; set; }
    [Name("live_cultures")] public bool LiveCultures { get; set; }
    [Name("prebiotic_rich")] public bool PrebioticRich { get; set; }
    [Name("beverage")] public bool Beverage { get; set; }
    [Name("nova")] public int Nova { get; set; }
    [Name("safety_flags")] public string? SafetyFlags { get; set; }
    [Name("allergens")] public string? Allergens { get; set; }
    [Name("diet_tags")] public string? DietTags { get; set; }
    [Name("curation_note")] public string? CurationNote { get; set; }

    // The prenatal nutrients come from seeds/usda-prenatal-nutrients.csv, which the seed loader joins by key; they are
    // optional so that seeds/foods.csv, which lacks them, still reads (and imports) as a whole row.
    [Name("folate_dfe_ug"), Optional] public double? FolateDfeUg { get; set; }
    [Name("iron_mg"), Optional] public double? IronMg { get; set; }
    [Name("choline_mg"), Optional] public double? CholineMg { get; set; }
    [Name("dha_g"), Optional] public double? DhaG { get; set; }
    [Name("epa_g"), Optional] public double? EpaG { get; set; }
    [Name("vitamin_d_ug"), Optional] public double? VitaminDUg { get; set; }
    [Name("vitamin_b12_ug"), Optional] public double? VitaminB12Ug { get; set; }
    [Name("calcium_mg"), Optional] public double? CalciumMg { get; set; }
    [Name("iodine_ug"), Optional] public double? IodineUg { get; set; }
}
