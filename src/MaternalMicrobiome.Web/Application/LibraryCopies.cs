using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Puts foods from a nutritionist's recipe library into a client's own foods. The client's plan, log and report then
/// rest on foods she owns: they do not change when the nutritionist edits or deletes her recipe, and they stay when the
/// link ends. A recipe comes with copies of the library foods it contains (catalog ingredients are shared, not copied).
/// A copy is made once per version of the library food: planning the same recipe again reuses it; after an edit, a
/// new copy is made, so the days she already logged keep the recipe she ate.
/// </summary>
public static class LibraryCopies
{
    public const string KeyPrefix = "custom-";

    /// <summary>
    /// The client's copy of each library food in <paramref name="libraryFoodIds"/>, by library id: an existing copy of
    /// the same version, or a new one added to <paramref name="db"/> (saved with the caller's next save). Ids that are
    /// not in the library are left out.
    /// </summary>
    public static async Task<LibraryCopyResult> CopyAsync(
        AppDbContext db, string libraryOwnerId, string clientId, IReadOnlyCollection<int> libraryFoodIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(libraryFoodIds);
        if (libraryFoodIds.Count == 0)
        {
            return new LibraryCopyResult(new Dictionary<int, Food>(), Created: 0);
        }

        // A library is tens of foods; loading it whole resolves nested recipes without a query per level.
        var library = await db.Foods.AsNoTracking().Include(f => f.Portions).Include(f => f.Ingredients).AsSplitQuery()
            .Where(f => f.OwnerId == libraryOwnerId)
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var clientFoods = await db.Foods.AsTracking().Where(f => f.OwnerId == clientId).ToListAsync(cancellationToken);
        var takenNames = new HashSet<string>(clientFoods.Select(f => f.Name), StringComparer.CurrentCultureIgnoreCase);
        var existing = clientFoods
            .Where(f => f.LibrarySourceKey is not null)
            .GroupBy(f => (f.LibrarySourceKey!, f.LibrarySourceVersion))
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Id).First());

        var copies = new Dictionary<int, Food>();
        var created = 0;
        Food CopyOf(Food source)
        {
            if (copies.TryGetValue(source.Id, out var done))
            {
                return done;
            }

            if (!existing.TryGetValue((source.Key, source.Version), out var copy))
            {
                copy = source.CopyFor(clientId, $"{KeyPrefix}{Guid.NewGuid():N}");
                copy.Name = UniqueName(source.Name, takenNames);
                copy.LibrarySourceKey = source.Key;
                copy.LibrarySourceVersion = source.Version;
                copy.Ingredients = source.Ingredients
                    .OrderBy(i => i.Id)
                    .Select(i => library.TryGetValue(i.FoodId, out var own)
                        ? new RecipeIngredient { Food = CopyOf(own), Grams = i.Grams }
                        : new RecipeIngredient { FoodId = i.FoodId, Grams = i.Grams })
                    .ToList();
                db.Foods.Add(copy);
                created++;
            }

            copies[source.Id] = copy;
            return copy;
        }

        foreach (var id in libraryFoodIds.Distinct())
        {
            if (library.TryGetValue(id, out var source))
            {
                CopyOf(source);
            }
        }

        return new LibraryCopyResult(libraryFoodIds.Where(copies.ContainsKey).Distinct().ToDictionary(id => id, id => copies[id]), created);
    }

    /// <summary>Her food names are unique to her, so a copy whose name she already uses is numbered: "Oat bake (2)".</summary>
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > ColumnLengths.FoodName ? name[..(ColumnLengths.FoodName - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }
}
