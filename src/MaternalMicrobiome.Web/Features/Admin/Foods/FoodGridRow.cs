namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>A shared catalog food as one row of the admin grid.</summary>
public sealed record FoodGridRow(
    int Id,
    string Key,
    string Name,
    string FoodGroup,
    double? FiberG,
    int NovaGroup,
    int SpeciesCount,
    bool LiveCultures,
    string PregnancyRisks,
    bool EditedLocally);
