using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Today;

namespace MaternalMicrobiome.Web.Tests.TodayLogging;

public sealed class MealSlotsTests
{
    private static readonly DateTime HerNow = new(2026, 12, 3, 19, 30, 0, DateTimeKind.Unspecified);

    [Fact]
    public void Today_is_the_meal_of_her_hour() =>
        Assert.Equal(MealSlot.Dinner, MealSlots.Default(new DateOnly(2026, 12, 3), HerNow, [MealSlot.Breakfast]));

    [Theory]
    [InlineData(new MealSlot[0], MealSlot.Breakfast)]
    [InlineData(new[] { MealSlot.Breakfast, MealSlot.Drink }, MealSlot.Lunch)]
    [InlineData(new[] { MealSlot.Breakfast, MealSlot.Lunch }, MealSlot.Dinner)]
    [InlineData(new[] { MealSlot.Lunch }, MealSlot.Breakfast)]
    [InlineData(new[] { MealSlot.Breakfast, MealSlot.Lunch, MealSlot.Dinner }, MealSlot.Snack)]
    public void Another_day_starts_on_its_first_empty_meal_whatever_the_hour(MealSlot[] logged, MealSlot expected)
    {
        Assert.Equal(expected, MealSlots.Default(new DateOnly(2026, 12, 1), HerNow, logged));
        Assert.Equal(expected, MealSlots.Default(new DateOnly(2026, 12, 9), HerNow, logged));
    }
}
