using System.Collections.Concurrent;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The shared catalog's foods (not a mother's own), with their recipe ingredients, for views that score many days of
/// many mothers at once, such as the nutritionist's roster. Shared foods change only when an admin curates the catalog,
/// which empties this cache through <see cref="CatalogIndex.Invalidate"/>; another instance sees an admin's change
/// within <see cref="Lifetime"/>. A mother's own foods and recipes are always read fresh. Cached foods are shared
/// between requests and never modified.
/// </summary>
public sealed class SharedFoodCache(TimeProvider clock)
{
    /// <summary>How long a cached food is trusted, for changes made through another instance.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly Lock swapLock = new();
    private ConcurrentDictionary<int, Food> foods = new();
    private DateTimeOffset startedAt = clock.GetUtcNow();

    public void Invalidate()
    {
        lock (swapLock)
        {
            foods = new ConcurrentDictionary<int, Food>();
            startedAt = clock.GetUtcNow();
        }
    }

    /// <summary>The foods with these ids that exist, by id; the ones not cached are read in one query (split for ingredients).</summary>
    public async Task<Dictionary<int, Food>> GetAsync(AppDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);

        // Foods read while an admin's change empties the cache go into the old dictionary, which nobody reads again.
        var cache = Current();
        var found = new Dictionary<int, Food>();
        var missing = new List<int>();
        foreach (var id in ids.Distinct())
        {
            if (cache.TryGetValue(id, out var food))
            {
                found.Add(id, food);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var loaded = await db.Foods.AsNoTracking()
            .Where(f => missing.Contains(f.Id))
            .Include(f => f.Ingredients).ThenInclude(i => i.Food)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var food in loaded)
        {
            found.Add(food.Id, food);
            if (food.OwnerId is null)
            {
                cache.TryAdd(food.Id, food);
            }
        }

        return found;
    }

    private ConcurrentDictionary<int, Food> Current()
    {
        lock (swapLock)
        {
            if (clock.GetUtcNow() - startedAt > Lifetime)
            {
                foods = new ConcurrentDictionary<int, Food>();
                startedAt = clock.GetUtcNow();
            }

            return foods;
        }
    }
}
