namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>One nutrient on one day against its daily reference value.</summary>
/// <param name="KnownTotal">The sum over the eaten foods that have a value; foods without one add nothing here.</param>
/// <param name="FoodsEaten">How many eaten foods the day has.</param>
/// <param name="FoodsWithoutValue">How many of them have no value for this nutrient, so the real total is at least <paramref name="KnownTotal"/>.</param>
public sealed record NutrientDayResult(
    PrenatalNutrient Nutrient,
    double KnownTotal,
    int FoodsEaten,
    int FoodsWithoutValue,
    DailyReferenceValue Reference,
    NutrientStatus Status)
{
    /// <summary>True when some eaten food has no value: show the total as "at least".</summary>
    public bool IsAtLeast => FoodsWithoutValue > 0;

    /// <summary>Known total over the reference value (not capped); null when the status is unknown.</summary>
    public double? FractionOfReference => Status == NutrientStatus.Unknown ? null : KnownTotal / Reference.Amount;

    /// <summary>What is still missing by the known total; 0 once met, null when unknown.</summary>
    public double? Shortfall => Status == NutrientStatus.Unknown ? null : Math.Max(0, Reference.Amount - KnownTotal);
}
