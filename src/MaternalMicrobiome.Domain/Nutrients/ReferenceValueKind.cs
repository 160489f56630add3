namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>What kind of daily reference value a number is, as the issuing body names it.</summary>
public enum ReferenceValueKind
{
    /// <summary>RDA: meets the needs of nearly all (97–98%) healthy people in the group.</summary>
    RecommendedDietaryAllowance = 0,

    /// <summary>AI: set where the evidence cannot support an RDA; believed to cover needs, with less certainty.</summary>
    AdequateIntake = 1,
}
