using System.Collections.Concurrent;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The shared catalog's foods (not a mother's own), with their recipe ingredients, for views that score many days of
/// many mothers at once, such as the nutritionist's roster. Shared foods change only when an admin curates the catalog;
/// the cache is emptied when the <see cref="CatalogVersion"/> moves on (on any instance). A mother's own foods and
/// recipes are always read fresh. Cached foods are shared between requests and never modified.
/// </summary>
public sealed class SharedFoodCache(CatalogVersion catalogVersion)
{
    private readonly Lock swapLock = new();
    private ConcurrentDictionary<int, Food> foods = new();
    private Guid builtFrom;

    /// <summary>The foods with these ids that exist, by id; the ones not cached are read in one query (split for ingredients).</summary>
    public async Task<Dictionary<int, Food>> GetAsync(AppDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);

        // Foods read while an admin's change empties the cache go into the old dictionary, which nobody reads again.
        var cache = For(await catalogVersion.CurrentAsync(cancellationToken));
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

    private ConcurrentDictionary<int, Food> For(Guid version)
    {
        lock (swapLock)
        {
            if (version != builtFrom)
            {
                foods = new ConcurrentDictionary<int, Food>();
                builtFrom = version;
            }

            return foods;
        }
    }
}
