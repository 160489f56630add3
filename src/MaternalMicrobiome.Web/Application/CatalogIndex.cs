using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The catalog's search index, built once from the database and kept in memory: search runs on every keystroke, and
/// the catalog changes only when an admin curates it or a mother adds a custom food (both call <see cref="Invalidate"/>).
/// </summary>
public sealed class CatalogIndex(IServiceScopeFactory scopes, SharedFoodCache sharedFoods) : IDisposable
{
    private readonly SemaphoreSlim buildLock = new(1, 1);
    private volatile FoodSearchIndex? index;
    private volatile IReadOnlyList<Food>? suggestionPool;

    public async Task<FoodSearchIndex> GetAsync(CancellationToken cancellationToken = default) => index ?? await BuildAsync(cancellationToken);

    /// <summary>The catalog changed: everything cached from it is dropped together, the shared foods too.</summary>
    public void Invalidate()
    {
        index = null;
        suggestionPool = null;
        sharedFoods.Invalidate();
    }

    /// <summary>
    /// The foods suggestions choose from: shared, not ultra-processed, and a plant, a live-culture or a prebiotic-rich food.
    /// One plain food stands for each plant species (the plainest name), which keeps the greedy search small.
    /// </summary>
    public async Task<IReadOnlyList<Food>> GetSuggestionPoolAsync(CancellationToken cancellationToken = default)
    {
        if (suggestionPool is { } pool)
        {
            return pool;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var foods = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .Where(f => f.OwnerId == null && f.NovaGroup <= 3)
            .ToListAsync(cancellationToken);
        var plants = foods.Where(f => f.IsPlant)
            .GroupBy(f => f.PlantSpecies[0], StringComparer.Ordinal)
            .Select(g => g.OrderBy(f => f.NovaGroup).ThenBy(f => f.Name.Length).ThenBy(f => f.Id).First());
        var fresh = plants.Concat(foods.Where(f => f.HasLiveCultures || f.IsPrebioticRich)).DistinctBy(f => f.Id).ToList();
        suggestionPool = fresh;
        return fresh;
    }

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
