using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Logging;

/// <summary>One food or drink a mother logged on a date, in a meal slot.</summary>
public sealed class MealEntry
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public DateOnly Date { get; set; }
    public MealSlot Slot { get; set; }
    public int FoodId { get; set; }
    public Food? Food { get; set; }
    public QuantityUnit Unit { get; set; }
    public double Amount { get; set; }
    public string? PortionDescription { get; set; }

    /// <summary>The quantity resolved to grams when the entry was saved, so scoring never re-resolves portions.</summary>
    public double Grams { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Quantity Quantity => new(Unit, Amount, PortionDescription);
}
