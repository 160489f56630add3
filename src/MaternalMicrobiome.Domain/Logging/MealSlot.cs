namespace MaternalMicrobiome.Domain.Logging;

public enum MealSlot
{
    Breakfast = 0,
    Lunch = 1,
    Dinner = 2,
    Snack = 3,
    Drink = 4,
}
