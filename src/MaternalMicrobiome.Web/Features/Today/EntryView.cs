using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>One logged entry as the Today page lists it.</summary>
public sealed record EntryView(int Id, MealSlot Slot, int FoodId, string FoodName, Quantity Quantity, double Grams, string? Note);
