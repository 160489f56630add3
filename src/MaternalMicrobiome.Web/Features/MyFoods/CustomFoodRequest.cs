using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>What the custom-food form sends: a food she makes or buys that the catalog lacks. Nutrients are per 100 g.</summary>
public sealed class CustomFoodRequest
{
    public string Name { get; set; } = string.Empty;
    public string FoodGroup { get; set; } = string.Empty;
    public int NovaGroup { get; set; } = MyFoodChoices.DefaultNovaGroup;

    public double? EnergyKcal { get; set; }
    public double? FiberG { get; set; }
    public double? TotalSugarsG { get; set; }
    public double? AddedSugarsG { get; set; }
    public double? WaterG { get; set; }
    public double? CaffeineMg { get; set; }

    // Prenatal nutrients, described (label, unit, bound) by CustomFoodNutrient.Prenatal; null is unknown.
    public double? FolateDfeUg { get; set; }
    public double? IronMg { get; set; }
    public double? CholineMg { get; set; }
    public double? DhaG { get; set; }
    public double? EpaG { get; set; }
    public double? VitaminDUg { get; set; }
    public double? VitaminB12Ug { get; set; }
    public double? CalciumMg { get; set; }
    public double? IodineUg { get; set; }

    /// <summary>Botanical keys such as <c>allium-cepa</c>.</summary>
    public List<string> PlantSpecies { get; set; } = [];

    public PlantColours Colours { get; set; }
    public bool IsFermented { get; set; }
    public bool HasLiveCultures { get; set; }
    public bool IsPrebioticRich { get; set; }
    public bool IsBeverage { get; set; }

    /// <summary>Reference serving: counts fermented and prebiotic servings.</summary>
    public double? ServingGrams { get; set; }

    public List<PortionRequest> Portions { get; set; } = [new() { Description = "1 serving", Grams = 100 }];
}
