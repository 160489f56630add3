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

    public double? EnergyKcal { get; set; }
    public double? ProteinG { get; set; }
    public double? CarbohydrateG { get; set; }
    public double? FiberG { get; set; }
    public double? TotalSugarsG { get; set; }
    public double? AddedSugarsG { get; set; }
    public bool AddedSugarsEstimated { get; set; }
    public double? WaterG { get; set; }
    public double? CaffeineMg { get; set; }
    public double? AlcoholG { get; set; }
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
}
