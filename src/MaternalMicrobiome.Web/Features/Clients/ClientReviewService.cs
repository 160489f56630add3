using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>
/// The header of a nutritionist's client pages. Only a linked, consenting client is found; the header reads her name
/// and stage but writes no audit entry, because each page's own read (day, week, trends, targets) is the one audited.
/// </summary>
public sealed class ClientReviewService(IDbContextFactory<AppDbContext> dbFactory, ClientAccess clientAccess, TimeProvider clock)
{
    public async Task<ClientSummary> GetClientAsync(string clientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.Where(u => u.Id == clientId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No such client.");
        var targets = await MotherTargets.LoadAsync(db, clientId, cancellationToken);
        var today = LocalDate.Today(clock, targets.Profile.TimeZoneId);
        return new ClientSummary(clientId, name, targets.StageOn(today).Describe(), today);
    }
}
