using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>The note on one meal of a planned day.</summary>
public sealed record PlannedMealNoteView(int DayIndex, MealSlot Slot, string Text);
