using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>A plan as its editor shows it, with what the viewer may do with it.</summary>
/// <param name="ClientId">The mother's id when a nutritionist views her client's plan; null for the mother herself.</param>
/// <param name="Version">The version the next change must name (optimistic concurrency).</param>
/// <param name="Today">Today where the mother lives: planned meals up to it can be logged.</param>
public sealed record PlanView(
    int Id,
    string Title,
    DateOnly WeekStart,
    MealPlanStatus Status,
    string AuthorName,
    string? ClientId,
    Guid Version,
    bool CanEdit,
    bool CanShare,
    bool CanAccept,
    DateOnly Today,
    MeasurementUnits Units,
    IReadOnlyList<PlannedEntryView> Entries,
    IReadOnlyList<PlannedMealNoteView> MealNotes,
    IReadOnlyList<DayScore> Scores,
    PlanAdherence Adherence)
{
    public bool ViewerIsMother => ClientId is null;

    public DateOnly DateOf(int dayIndex) => WeekStart.AddDays(dayIndex);

    public string? NoteFor(int dayIndex, MealSlot slot) => MealNotes.FirstOrDefault(n => n.DayIndex == dayIndex && n.Slot == slot)?.Text;

    /// <summary>Only the mother logs, and only meals of days that have come.</summary>
    public bool CanLog(PlannedEntryView entry) => ViewerIsMother && !entry.Logged && DateOf(entry.DayIndex) <= Today;
}
