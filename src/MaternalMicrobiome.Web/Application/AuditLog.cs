using System.Security.Claims;
using System.Text.Json;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Records the same read of many people's data (a roster of 300 clients) as one entry per person, written at once by
    /// a single multi-row INSERT: EF would send one command per row. Runs immediately, outside any pending SaveChanges.
    /// </summary>
    public async Task RecordReadsAsync(AppDbContext db, string action, string entityType, string entityKey, IReadOnlyCollection<string> subjectUserIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subjectUserIds);
        if (subjectUserIds.Count == 0)
        {
            return;
        }

        var principal = await currentUser.GetPrincipalAsync();
        var values = new List<object>
        {
            clock.GetUtcNow(),
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system",
            principal.Identity?.Name ?? "system",
            action,
            entityType,
            entityKey,
        };
        var rows = new List<string>(subjectUserIds.Count);
        foreach (var subject in subjectUserIds)
        {
            rows.Add($"({{0}}, {{1}}, {{2}}, {{3}}, {{4}}, {{5}}, {{{values.Count}}})");
            values.Add(subject);
        }

        // Quoted names are what EF created on both SQLite and PostgreSQL; every value is a parameter.
        var sql = "INSERT INTO \"AuditEntries\" (\"At\", \"ActorId\", \"ActorName\", \"Action\", \"EntityType\", \"EntityKey\", \"SubjectUserId\") VALUES "
            + string.Join(", ", rows);
        await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
    }
}
