using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The catalog's search index, built once from the database and kept in memory: search runs on every keystroke, and
/// the catalog changes only when an admin curates it or a mother adds a custom food (both call <see cref="Invalidate"/>).
/// </summary>
public sealed class CatalogIndex(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim buildLock = new(1, 1);
    private volatile FoodSearchIndex? index;

    public async Task<FoodSearchIndex> GetAsync(CancellationToken cancellationToken = default) => index ?? await BuildAsync(cancellationToken);

    public void Invalidate() => index = null;

    public void Dispose() => buildLock.Dispose();

    private async Task<FoodSearchIndex> BuildAsync(CancellationToken cancellationToken)
    {
        await buildLock.WaitAsync(cancellationToken);
        try
        {
            if (index is { } built)
            {
                return built;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var foods = await db.Foods.AsNoTracking()
                .Select(f => new SearchableFood(f.Id, f.Name, f.Synonyms, f.FoodGroup, f.NovaGroup, f.OwnerId))
                .ToListAsync(cancellationToken);
            var fresh = new FoodSearchIndex(foods);
            index = fresh;
            return fresh;
        }
        finally
        {
            buildLock.Release();
        }
    }
}
