using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>The note on one meal of a planned day; empty text removes it.</summary>
public sealed class MealNoteRequest
{
    public int DayIndex { get; set; }
    public MealSlot Slot { get; set; }
    public string? Text { get; set; }
}
