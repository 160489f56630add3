using System.Security.Claims;
using System.Text.Json;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Auditing;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Adds audit entries to a unit of work: the caller's SaveChanges writes them in the same transaction as the change
/// they describe, so there is never a change without its entry or an entry without its change.
/// </summary>
public sealed class AuditLog(CurrentUser currentUser, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records <paramref name="action"/> on an entity; <paramref name="before"/> and <paramref name="after"/> are snapshots (null for create/delete).</summary>
    public async Task AddAsync(AppDbContext db, string action, string entityType, string entityKey, object? before, object? after, string? subjectUserId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var principal = await currentUser.GetPrincipalAsync();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system",
            ActorName = principal.Identity?.Name ?? "system",
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            SubjectUserId = subjectUserId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }
}
