using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The cited references by key, cached: every score shows them, and only an admin changes them. Reloaded when the
/// <see cref="CatalogVersion"/> moves on.
/// </summary>
public sealed class ReferenceCatalog(IServiceScopeFactory scopes, CatalogVersion catalogVersion)
{
    private volatile Tuple<Guid, IReadOnlyDictionary<string, Reference>>? byKey;

    public async Task<IReadOnlyDictionary<string, Reference>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var version = await catalogVersion.CurrentAsync(cancellationToken);
        if (byKey is { } cached && cached.Item1 == version)
        {
            return cached.Item2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var references = await db.References.AsNoTracking().OrderBy(r => r.Key).ToListAsync(cancellationToken);
        var loaded = references.ToDictionary(r => r.Key, StringComparer.Ordinal);
        byKey = Tuple.Create(version, (IReadOnlyDictionary<string, Reference>)loaded);
        return loaded;
    }
}
