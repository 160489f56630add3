namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>A daily reference intake for one nutrient and one population group, with its source.</summary>
/// <param name="Amount">Per day, in <paramref name="Unit"/>.</param>
/// <param name="Authority">Who set it: "IOM" (US/Canada DRIs) or "EFSA" where the IOM set none.</param>
/// <param name="PopulationGroup">The group the value is set for, e.g. "Pregnancy, 19–50 y".</param>
/// <param name="ReferenceKey">The key of the reference in seeds/references.json.</param>
/// <param name="Note">What the number does and does not cover, in plain words; null when nothing needs saying.</param>
public sealed record DailyReferenceValue(
    PrenatalNutrient Nutrient,
    double Amount,
    string Unit,
    ReferenceValueKind Kind,
    string Authority,
    string PopulationGroup,
    string ReferenceKey,
    string? Note = null)
{
    /// <summary>"RDA" or "AI", as the tables print it.</summary>
    public string KindAbbreviation => Kind == ReferenceValueKind.RecommendedDietaryAllowance ? "RDA" : "AI";
}
