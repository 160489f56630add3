using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The catalog's search index, built once from the database and kept in memory: search runs on every keystroke,
/// and the catalog changes only when an admin edits it (who then calls <see cref="Invalidate"/>).
/// </summary>
public sealed class FoodSearchService(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim buildLock = new(1, 1);
    private volatile FoodSearchIndex? index;

    public async Task<IReadOnlyList<SearchableFood>> SearchAsync(string? query, int take = 20, CancellationToken cancellationToken = default)
    {
        var current = index ?? await BuildAsync(cancellationToken);
        return current.Search(query, Math.Clamp(take, 1, 100));
    }

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
                .Select(f => new { f.Id, f.Name, f.Synonyms, f.FoodGroup })
                .ToListAsync(cancellationToken);
            var fresh = new FoodSearchIndex(foods.Select(f => new SearchableFood(f.Id, f.Name, f.Synonyms, f.FoodGroup)));
            index = fresh;
            return fresh;
        }
        finally
        {
            buildLock.Release();
        }
    }
}
