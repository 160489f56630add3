using System.Security.Claims;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Whose data the caller may read. A mother reads her own; a nutritionist reads a client only while their link is
/// consented and not ended, and every such read is written to the audit log the mother can see. Anything else is
/// "not found", so a stranger cannot even learn whether a client id exists.
/// </summary>
public sealed class ClientAccess(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, AuditLog audit, TimeProvider clock)
{
    /// <summary>The audit action of a nutritionist's read of a client's data.</summary>
    public const string ReadAction = "client.read";

    /// <summary>
    /// A page's reloads and a plan's edits re-read the client; within this long after a recorded read of the same kind
    /// of page by the same nutritionist, no new entry is written, so one visit is one line in her access log.
    /// </summary>
    public static readonly TimeSpan ReadWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// The mother whose data is read: the signed-in mother when <paramref name="clientId"/> is null, otherwise the
    /// client of the signed-in nutritionist (audited as reading <paramref name="what"/>, e.g. "day 2026-11-28", unless
    /// the same kind of page, the first word of <paramref name="what"/>, was recorded within <see cref="ReadWindow"/>).
    /// </summary>
    public async Task<string> RequireReadAsync(string? clientId, string what, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(what);
        if (clientId is null)
        {
            return await currentUser.RequireAsync(Roles.Mother);
        }

        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        var kind = KindOf(what);
        var kindPrefix = kind + " ";

        // One query checks the link and finds the last read of this kind. Ids grow with time, and SQLite cannot compare
        // DateTimeOffset columns, so the newest is found by id and its time compared here.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.ClientLinks
            .Where(l => l.NutritionistId == nutritionistId && l.MotherId == clientId && l.ConsentedAt != null && l.EndedAt == null)
            .Select(l => new
            {
                LastRead = db.AuditEntries
                    .Where(a => a.SubjectUserId == clientId && a.ActorId == nutritionistId && a.Action == ReadAction
                        && (a.EntityKey == kind || a.EntityKey.StartsWith(kindPrefix)))
                    .OrderByDescending(a => a.Id)
                    .Select(a => (DateTimeOffset?)a.At)
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No such client.");

        if (link.LastRead is not { } lastRead || clock.GetUtcNow() - lastRead >= ReadWindow)
        {
            await audit.AddAsync(db, ReadAction, "Client", what, null, null, clientId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return clientId;
    }

    /// <summary>The kind of page a read names: "day" for "day 2026-11-28", "plan" for "plan 12", "targets".</summary>
    public static string KindOf(string what)
    {
        ArgumentNullException.ThrowIfNull(what);
        var space = what.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? what : what[..space];
    }

    /// <summary>The signed-in nutritionist's id, if linked to <paramref name="clientId"/> with consent right now.</summary>
    public async Task<string> RequireLinkedNutritionistAsync(string clientId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RequireLinkedNutritionistAsync(db, clientId, cancellationToken);
    }

    /// <summary>
    /// Whose private foods the caller may search and use: her own (none when anonymous), or with a client id, the
    /// client's and the signed-in nutritionist's recipe library, while she is linked to the client with consent.
    /// </summary>
    public async Task<FoodViewer> FoodViewerAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        if (clientId is null)
        {
            return new FoodViewer((await currentUser.GetPrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier));
        }

        return new FoodViewer(clientId, await RequireLinkedNutritionistAsync(clientId, cancellationToken));
    }

    private async Task<string> RequireLinkedNutritionistAsync(AppDbContext db, string clientId, CancellationToken cancellationToken)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        var linked = await db.ClientLinks.AnyAsync(
            l => l.NutritionistId == nutritionistId && l.MotherId == clientId && l.ConsentedAt != null && l.EndedAt == null,
            cancellationToken);
        return linked ? nutritionistId : throw new NotFoundException("No such client.");
    }

    /// <summary>The nutritionist the mother is linked to now, if any.</summary>
    public static Task<string?> NutritionistOfAsync(AppDbContext db, string motherId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ClientLinks
            .Where(l => l.MotherId == motherId && l.ConsentedAt != null && l.EndedAt == null)
            .Select(l => l.NutritionistId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
