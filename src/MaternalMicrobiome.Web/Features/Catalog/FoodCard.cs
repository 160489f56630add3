namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>A food as the catalog page shows it: key nutrients per 100 g and its gut-health attributes.</summary>
public sealed record FoodCard(
    int Id,
    string Name,
    string FoodGroup,
    double? FiberG,
    double? AddedSugarsG,
    double? CaffeineMg,
    IReadOnlyList<string> PlantSpecies,
    bool LiveCultures,
    bool PrebioticRich,
    int NovaGroup,
    string Risks,
    string? CurationNote);
