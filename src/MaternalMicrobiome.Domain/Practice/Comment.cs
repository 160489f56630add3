namespace MaternalMicrobiome.Domain.Practice;

/// <summary>
/// A comment between a mother and her nutritionist on one of her days, plans or entries; replies point at their
/// thread's first comment. A comment is unread until the other side opens it.
/// </summary>
public sealed class Comment
{
    public int Id { get; set; }

    /// <summary>The mother whose data the thread is about.</summary>
    public required string MotherId { get; set; }

    /// <summary>The nutritionist of the thread: another nutritionist linked later does not see it.</summary>
    public required string NutritionistId { get; set; }

    public required string AuthorId { get; set; }
    public CommentSubject Subject { get; set; }

    /// <summary>The day commented on (for an entry, its day; for a plan, its week's first day).</summary>
    public DateOnly Date { get; set; }

    public int? MealPlanId { get; set; }
    public int? MealEntryId { get; set; }

    /// <summary>The first comment of the thread this one replies to; null for a thread's first comment.</summary>
    public int? ParentId { get; set; }

    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the other side (not the author) first read it.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>Set on a thread's first comment when either side marks the thread resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}
