using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Today;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>
/// A food to put on a day (0 to 6) and meal of a plan. It is checked as the logged entry it would become on the plan's
/// date (<see cref="MealEntryRequestValidator"/>), so a planned meal can always be logged as planned.
/// </summary>
public sealed class PlannedEntryRequest
{
    public int DayIndex { get; set; }
    public MealSlot Slot { get; set; }
    public int FoodId { get; set; }
    public QuantityUnit Unit { get; set; } = QuantityUnit.Grams;
    public double Amount { get; set; }
    public string? PortionDescription { get; set; }
    public string? Note { get; set; }

    public MealEntryRequest ToMealEntryRequest(DateOnly date) => new()
    {
        Date = date, Slot = Slot, FoodId = FoodId, Unit = Unit, Amount = Amount, PortionDescription = PortionDescription, Note = Note,
    };

    public static PlannedEntryRequest From(MealEntryRequest request, int dayIndex)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            DayIndex = dayIndex, Slot = request.Slot, FoodId = request.FoodId, Unit = request.Unit, Amount = request.Amount,
            PortionDescription = request.PortionDescription, Note = request.Note,
        };
    }
}
