using System.Security.Claims;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Catalog search for whoever is asking: her private foods are included (nobody else's), and her recent and
/// favourite foods come first. Anonymous callers search the shared catalog only.
/// </summary>
public sealed class FoodSearchService(CatalogIndex catalogIndex, IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public const int MaxTake = 50;
    public const int RecentDays = 30;

    public async Task<IReadOnlyList<SearchableFood>> SearchAsync(string? query, int take = 20, CancellationToken cancellationToken = default)
    {
        var index = await catalogIndex.GetAsync(cancellationToken);
        var userId = (await currentUser.GetPrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier);
        var preferred = userId is null ? null : await PreferredFoodsAsync(userId, cancellationToken);
        return index.Search(query, new FoodSearchOptions(Math.Clamp(take, 1, MaxTake), preferred, userId));
    }

    /// <summary>Foods she logged in the last 30 days and foods she starred.</summary>
    private async Task<HashSet<int>> PreferredFoodsAsync(string userId, CancellationToken cancellationToken)
    {
        var since = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(-RecentDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recent = await db.MealEntries.Where(e => e.UserId == userId && e.Date >= since).Select(e => e.FoodId).Distinct().ToListAsync(cancellationToken);
        var favourites = await db.FavouriteFoods.Where(f => f.UserId == userId).Select(f => f.FoodId).ToListAsync(cancellationToken);
        return [.. recent, .. favourites];
    }
}
