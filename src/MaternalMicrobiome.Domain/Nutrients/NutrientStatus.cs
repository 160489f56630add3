namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>How a day (or a week's average) stands against a nutrient's daily reference value.</summary>
public enum NutrientStatus
{
    /// <summary>No eaten food has a value for the nutrient: nothing can be said.</summary>
    Unknown = 0,

    /// <summary>The known amount is below the reference value (foods without a value may make up some of the gap).</summary>
    Below = 1,

    /// <summary>The known amount alone reaches the reference value.</summary>
    Met = 2,
}
