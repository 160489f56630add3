namespace MaternalMicrobiome.Domain.Planning;

/// <summary>Where a food is found in a shop; the shopping list walks the aisles in this order.</summary>
public enum ShopAisle
{
    Produce = 0,
    DairyAndEggs = 1,
    GrainsAndBakery = 2,
    TinsAndJars = 3,
    MeatAndFish = 4,
    Frozen = 5,
    Other = 6,
}
