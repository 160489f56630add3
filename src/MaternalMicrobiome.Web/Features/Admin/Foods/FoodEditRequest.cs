using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// Every field of a shared catalog food as the admin editor (and a CSV import row) sends it. Lists such as synonyms
/// and species keys are <c>;</c>-separated text, as in the seed files. <see cref="Version"/> is the version the
/// editor loaded: saving over a newer version is a conflict, not a silent overwrite.
/// </summary>
public sealed class FoodEditRequest
{
    public string Key { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? Synonyms { get; set; }
    public string FoodGroup { get; set; } = string.Empty;
    public string? UsdaNdbId { get; set; }

    /// <summary>
    /// The nutrients per 100 g by <see cref="FoodNutrient.Name"/> (every row of <see cref="FoodNutrients"/>); a
    /// missing or null entry is unknown. Read and write them through the indexer.
    /// </summary>
    public Dictionary<string, double?> Nutrients { get; set; } = [];

    public bool AddedSugarsEstimated { get; set; }
    public double? ServingGrams { get; set; }

    public string? PlantSpecies { get; set; }
    public double PlantPoints { get; set; }
    public PlantColours Colours { get; set; }
    public bool IsFermented { get; set; }
    public bool HasLiveCultures { get; set; }
    public bool IsPrebioticRich { get; set; }
    public bool IsBeverage { get; set; }
    public int NovaGroup { get; set; } = 1;
    public PregnancyRisks PregnancyRisks { get; set; }
    public Allergens Allergens { get; set; }
    public DietTags DietTags { get; set; }
    public string? CurationNote { get; set; }

    public List<PortionEdit> Portions { get; set; } = [];

    public Guid Version { get; set; }

    public double? this[FoodNutrient nutrient]
    {
        get => Nutrients.GetValueOrDefault(nutrient.Name);
        set => Nutrients[nutrient.Name] = value;
    }
}
