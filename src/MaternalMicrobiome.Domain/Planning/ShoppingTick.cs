namespace MaternalMicrobiome.Domain.Planning;

/// <summary>"Already have" on one food of a plan's shopping list, remembered until it is unticked.</summary>
public sealed class ShoppingTick
{
    public int MealPlanId { get; set; }
    public int FoodId { get; set; }
    public DateTimeOffset TickedAt { get; set; }
}
