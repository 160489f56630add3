using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One planned food as the plan page shows it; <see cref="Logged"/> once she logged it from the plan.</summary>
public sealed record PlannedEntryView(int Id, int DayIndex, MealSlot Slot, int FoodId, string FoodName, Quantity Quantity, double Grams, string? Note, bool Logged)
{
    /// <summary>The request that puts this entry back (the undo of a removal).</summary>
    public PlannedEntryRequest ToRequest() => new()
    {
        DayIndex = DayIndex, Slot = Slot, FoodId = FoodId, Unit = Quantity.Unit, Amount = Quantity.Amount,
        PortionDescription = Quantity.PortionDescription, Note = Note,
    };
}
