namespace MaternalMicrobiome.Domain.Planning;

/// <summary>How a shopping line is bought.</summary>
public enum BuyingUnit
{
    /// <summary>By weight, as planned.</summary>
    Weight = 0,

    /// <summary>Dry legumes or grains, for a plan of cooked ones.</summary>
    DryWeight = 1,

    /// <summary>A drink, in litres.</summary>
    Litres = 2,

    /// <summary>Whole items ("1 medium" banana), counted.</summary>
    Items = 3,
}
