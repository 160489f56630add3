using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>What the logging form sends to add or change an entry.</summary>
public sealed class MealEntryRequest
{
    public DateOnly Date { get; set; }
    public MealSlot Slot { get; set; }
    public int FoodId { get; set; }
    public QuantityUnit Unit { get; set; } = QuantityUnit.Grams;
    public double Amount { get; set; }
    public string? PortionDescription { get; set; }
    public string? Note { get; set; }
}
