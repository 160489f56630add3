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
public sealed class ClientAccess(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, AuditLog audit)
{
    /// <summary>The audit action of a nutritionist's read of a client's data.</summary>
    public const string ReadAction = "client.read";

    /// <summary>
    /// The mother whose data is read: the signed-in mother when <paramref name="clientId"/> is null, otherwise the
    /// client of the signed-in nutritionist (audited as reading <paramref name="what"/>, e.g. "day 2026-11-28").
    /// </summary>
    public async Task<string> RequireReadAsync(string? clientId, string what, CancellationToken cancellationToken = default)
    {
        if (clientId is null)
        {
            return await currentUser.RequireAsync(Roles.Mother);
        }

        // The link check and the audit entry share one context (one connection).
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await RequireLinkedNutritionistAsync(db, clientId, cancellationToken);
        await audit.AddAsync(db, ReadAction, "Client", what, null, null, clientId);
        await db.SaveChangesAsync(cancellationToken);
        return clientId;
    }

    /// <summary>The signed-in nutritionist's id, if linked to <paramref name="clientId"/> with consent right now.</summary>
    public async Task<string> RequireLinkedNutritionistAsync(string clientId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RequireLinkedNutritionistAsync(db, clientId, cancellationToken);
    }

    /// <summary>
    /// Whose private foods the caller may search and use: her own (null when anonymous), or with a client id, the
    /// client of the signed-in nutritionist, who plans her week with her own foods and recipes.
    /// </summary>
    public async Task<string?> FoodOwnerAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        if (clientId is null)
        {
            return (await currentUser.GetPrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier);
        }

        await RequireLinkedNutritionistAsync(clientId, cancellationToken);
        return clientId;
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
