namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>A food a mother starred: it comes first when she searches.</summary>
public sealed class FavouriteFood
{
    public required string UserId { get; set; }
    public int FoodId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
