using MaternalMicrobiome.Data;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The version of the catalog and references shared by every instance of the app (the <see cref="CatalogStamp"/> row).
/// An instance that changes them writes a new version; the in-memory caches (<see cref="CatalogIndex"/>,
/// <see cref="SharedFoodCache"/>, <see cref="ReferenceCatalog"/>) rebuild when the version differs from the one they
/// were built from. The row is read at most once per <c>Catalog:VersionCheckSeconds</c> (5 by default), so a change
/// made through another instance shows within that time and a search keystroke rarely costs a query.
/// </summary>
public sealed class CatalogVersion(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan checkEvery = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Catalog:VersionCheckSeconds", 5.0)));
    private readonly Lock gate = new();
    private Guid current;
    private DateTimeOffset checkedAt = DateTimeOffset.MinValue;

    /// <summary>The current version, read from the database when the last read is older than the check interval.</summary>
    public async Task<Guid> CurrentAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (clock.GetUtcNow() - checkedAt < checkEvery)
            {
                return current;
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await db.CatalogStamps.AsNoTracking()
            .Where(s => s.Id == CatalogStamp.SingleId)
            .Select(s => s.Version)
            .SingleOrDefaultAsync(cancellationToken);
        Remember(version);
        return version;
    }

    /// <summary>The catalog or references changed here: a new version for every instance.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        var version = Guid.NewGuid();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.CatalogStamps
            .Where(s => s.Id == CatalogStamp.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, version), cancellationToken);
        Remember(version);
    }

    private void Remember(Guid version)
    {
        lock (gate)
        {
            current = version;
            checkedAt = clock.GetUtcNow();
        }
    }
}
