namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// A week of planned meals for one mother, authored by her or her nutritionist; or, with <see cref="IsTemplate"/>,
/// a reusable week that belongs to its author and to no mother.
/// </summary>
public sealed class MealPlan
{
    public int Id { get; set; }

    /// <summary>The mother the plan is for; null for a template.</summary>
    public string? MotherId { get; set; }

    /// <summary>Who created it (the mother or her nutritionist); a template's owner.</summary>
    public required string AuthorId { get; set; }

    public required string Title { get; set; }

    /// <summary>The plan's first day; day 0 of <see cref="PlannedEntry.DayIndex"/>. Unused for a template.</summary>
    public DateOnly WeekStart { get; set; }

    public MealPlanStatus Status { get; set; }
    public bool IsTemplate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: a mother and her nutritionist may edit the same plan at once.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<PlannedEntry> Entries { get; set; } = [];

    /// <summary>Notes on the plan's meals, at most one per day and meal.</summary>
    public List<PlannedMealNote> MealNotes { get; set; } = [];

    public DateOnly DateOf(int dayIndex) => WeekStart.AddDays(dayIndex);
}
