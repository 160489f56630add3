using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>The cited references by key, cached: every score shows them, and only an admin changes them.</summary>
public sealed class ReferenceCatalog(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyDictionary<string, Reference>? byKey;

    public async Task<IReadOnlyDictionary<string, Reference>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        if (byKey is { } cached)
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var references = await db.References.AsNoTracking().OrderBy(r => r.Key).ToListAsync(cancellationToken);
        var loaded = references.ToDictionary(r => r.Key, StringComparer.Ordinal);
        byKey = loaded;
        return loaded;
    }

    public void Invalidate() => byKey = null;
}
