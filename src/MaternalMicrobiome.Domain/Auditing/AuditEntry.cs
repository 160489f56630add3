namespace MaternalMicrobiome.Domain.Auditing;

/// <summary>Who did what, when, and to whose data: every catalog and reference change, every role change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>A dotted verb such as <c>food.update</c>, <c>food.import</c>, <c>reference.create</c>, <c>user.role</c>.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }

    /// <summary>The user whose data was read or changed, when there is one.</summary>
    public string? SubjectUserId { get; set; }

    /// <summary>JSON of the record before the change (null for a creation).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the record after the change (null for a deletion).</summary>
    public string? After { get; set; }
}
