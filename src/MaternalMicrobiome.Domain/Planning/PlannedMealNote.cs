using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>A note on one meal of a planned day ("soak the lentils the night before"), one per day and meal.</summary>
public sealed class PlannedMealNote
{
    public int Id { get; set; }
    public int MealPlanId { get; set; }
    public int DayIndex { get; set; }
    public MealSlot Slot { get; set; }
    public required string Text { get; set; }
}
