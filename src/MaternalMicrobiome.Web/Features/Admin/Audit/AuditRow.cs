namespace MaternalMicrobiome.Web.Features.Admin.Audit;

/// <summary>One audit entry as the admin reads it; the snapshots are indented JSON (null for a creation or deletion).</summary>
public sealed record AuditRow(
    long Id,
    DateTimeOffset At,
    string ActorName,
    string Action,
    string EntityType,
    string EntityKey,
    string? Before,
    string? After);
