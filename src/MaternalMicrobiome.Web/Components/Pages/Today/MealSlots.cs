using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Components.Pages.Today;

public static class MealSlots
{
    public static IReadOnlyList<MealSlot> All { get; } = Enum.GetValues<MealSlot>();

    /// <summary>The slot a mother most likely means at this time of day.</summary>
    public static MealSlot ForTime(TimeOnly time) => time.Hour switch
    {
        < 11 => MealSlot.Breakfast,
        < 15 => MealSlot.Lunch,
        < 17 => MealSlot.Snack,
        _ => MealSlot.Dinner,
    };
}
