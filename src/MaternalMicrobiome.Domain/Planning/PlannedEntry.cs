using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>One food or recipe planned for a day (0 to 6 of the plan's week) and meal slot.</summary>
public sealed class PlannedEntry
{
    public int Id { get; set; }
    public int MealPlanId { get; set; }

    /// <summary>0 for the plan's first day, up to 6.</summary>
    public int DayIndex { get; set; }

    public MealSlot Slot { get; set; }
    public int FoodId { get; set; }
    public Food? Food { get; set; }
    public QuantityUnit Unit { get; set; }
    public double Amount { get; set; }
    public string? PortionDescription { get; set; }

    /// <summary>The quantity resolved to grams when planned, like a logged entry.</summary>
    public double Grams { get; set; }

    public string? Note { get; set; }

    /// <summary>The logged entry made from this planned one, for plan-versus-actual adherence.</summary>
    public int? LoggedEntryId { get; set; }

    public Quantity Quantity => new(Unit, Amount, PortionDescription);
}
