using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The catalog's search index, built from the database and kept in memory: search runs on every keystroke, and the
/// catalog changes only when an admin curates it or a mother adds a custom food. Each build remembers the
/// <see cref="CatalogVersion"/> it was made from and is rebuilt when that version moves on (on any instance).
/// </summary>
public sealed class CatalogIndex(IServiceScopeFactory scopes, CatalogVersion catalogVersion) : IDisposable
{
    private readonly SemaphoreSlim buildLock = new(1, 1);
    private volatile Tuple<Guid, FoodSearchIndex>? index;
    private volatile Tuple<Guid, IReadOnlyList<Food>>? suggestionPool;
    private volatile Tuple<Guid, IReadOnlyList<Food>>? prenatalPool;

    public async Task<FoodSearchIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        var version = await catalogVersion.CurrentAsync(cancellationToken);
        return index is { } built && built.Item1 == version ? built.Item2 : await BuildAsync(version, cancellationToken);
    }

    /// <summary>
    /// The foods suggestions choose from (<see cref="GapCloser.CanPropose"/>: shared, not ultra-processed, eaten as they
    /// come, sold in shops, and a plant, a live-culture or a prebiotic-rich food). One plain food stands for each plant
    /// species (the plainest name), which keeps the greedy search small.
    /// </summary>
    public async Task<IReadOnlyList<Food>> GetSuggestionPoolAsync(CancellationToken cancellationToken = default)
    {
        var version = await catalogVersion.CurrentAsync(cancellationToken);
        if (suggestionPool is { } pool && pool.Item1 == version)
        {
            return pool.Item2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var foods = (await db.Foods.AsNoTracking().Include(f => f.Portions)
                .Where(f => f.OwnerId == null && f.NovaGroup <= 3)
                .ToListAsync(cancellationToken))
            .Where(GapCloser.CanPropose)
            .ToList();
        var plants = foods.Where(f => f.IsPlant)
            .GroupBy(f => f.PlantSpecies[0], StringComparer.Ordinal)
            .Select(g => g.OrderBy(f => f.NovaGroup).ThenBy(f => f.Name.Length).ThenBy(f => f.Id).First());
        var fresh = plants.Concat(foods.Where(f => f.HasLiveCultures || f.IsPrebioticRich)).DistinctBy(f => f.Id).ToList();
        suggestionPool = Tuple.Create(version, (IReadOnlyList<Food>)fresh);
        return fresh;
    }

    /// <summary>
    /// The foods prenatal suggestions choose from (<see cref="PrenatalGapCloser.CanPropose"/>: shared, not ultra-processed,
    /// adding no risk, eaten as they come, with a known prenatal value). Kept once per catalog version, like the pool above.
    /// </summary>
    public async Task<IReadOnlyList<Food>> GetPrenatalSuggestionPoolAsync(CancellationToken cancellationToken = default)
    {
        var version = await catalogVersion.CurrentAsync(cancellationToken);
        if (prenatalPool is { } pool && pool.Item1 == version)
        {
            return pool.Item2;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        IReadOnlyList<Food> fresh = (await db.Foods.AsNoTracking().Include(f => f.Portions)
                .Where(f => f.OwnerId == null && f.NovaGroup <= 3)
                .ToListAsync(cancellationToken))
            .Where(PrenatalGapCloser.CanPropose)
            .ToList();
        prenatalPool = Tuple.Create(version, fresh);
        return fresh;
    }

    public void Dispose() => buildLock.Dispose();

    private async Task<FoodSearchIndex> BuildAsync(Guid version, CancellationToken cancellationToken)
    {
        await buildLock.WaitAsync(cancellationToken);
        try
        {
            if (index is { } built && built.Item1 == version)
            {
                return built.Item2;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var foods = await db.Foods.AsNoTracking()
                .Select(f => new SearchableFood(f.Id, f.Name, f.Synonyms, f.FoodGroup, f.NovaGroup, f.OwnerId))
                .ToListAsync(cancellationToken);
            var fresh = new FoodSearchIndex(foods);
            index = Tuple.Create(version, fresh);
            return fresh;
        }
        finally
        {
            buildLock.Release();
        }
    }
}
