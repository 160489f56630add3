using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Today;

public static class MealSlots
{
    public static IReadOnlyList<MealSlot> All { get; } = Enum.GetValues<MealSlot>();

    private static readonly MealSlot[] MainMeals = [MealSlot.Breakfast, MealSlot.Lunch, MealSlot.Dinner];

    /// <summary>The slot a mother most likely means at this time of day.</summary>
    public static MealSlot ForTime(TimeOnly time) => time.Hour switch
    {
        < 11 => MealSlot.Breakfast,
        < 15 => MealSlot.Lunch,
        < 17 => MealSlot.Snack,
        _ => MealSlot.Dinner,
    };

    /// <summary>
    /// The meal the add form starts on. Today: the meal of the hour where she lives. Another day (filling in
    /// yesterday, or planning ahead) the hour says nothing, so the first main meal with nothing logged yet, as she
    /// fills a day in order; once all three have something, a snack.
    /// </summary>
    public static MealSlot Default(DateOnly date, DateTime herLocalNow, IEnumerable<MealSlot> loggedThatDay)
    {
        if (date == DateOnly.FromDateTime(herLocalNow))
        {
            return ForTime(TimeOnly.FromDateTime(herLocalNow));
        }

        return NextEmptyMeal(loggedThatDay);
    }

    /// <summary>The first of breakfast, lunch and dinner with nothing in it yet; a snack once all three have something.</summary>
    public static MealSlot NextEmptyMeal(IEnumerable<MealSlot> loggedThatDay)
    {
        ArgumentNullException.ThrowIfNull(loggedThatDay);
        var logged = loggedThatDay.ToHashSet();
        return MainMeals.Where(m => !logged.Contains(m)).Cast<MealSlot?>().FirstOrDefault() ?? MealSlot.Snack;
    }
}
