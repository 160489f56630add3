namespace MaternalMicrobiome.Domain.Logging;

public enum QuantityUnit
{
    Grams = 0,

    /// <summary>Millilitres, converted at 1 g/mL (water, milk, coffee and tea are within a few percent of it).</summary>
    Millilitres = 1,

    /// <summary>A number of one of the food's household portions.</summary>
    Portion = 2,
}
