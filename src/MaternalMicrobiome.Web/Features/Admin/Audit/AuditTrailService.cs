using System.Text.Encodings.Web;
using System.Text.Json;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Admin.Audit;

/// <summary>Reading the audit log, for admins only: newest first, a page at a time, optionally one action.</summary>
public sealed class AuditTrailService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<Paged<AuditRow>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        var total = await entries.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, AuditQuery.MaxPageSize);

        // Ids grow with time, and SQLite cannot order by a DateTimeOffset column.
        var page = await entries
            .OrderByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Page) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new Paged<AuditRow>(
            page.Select(e => new AuditRow(e.Id, e.At, e.ActorName, e.Action, e.EntityType, e.EntityKey, Pretty(e.Before), Pretty(e.After))).ToList(),
            total);
    }

    /// <summary>The actions that occur in the log, for the filter.</summary>
    public async Task<IReadOnlyList<string>> ListActionsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    private static string? Pretty(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
