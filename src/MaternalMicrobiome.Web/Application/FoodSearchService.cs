using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Catalog search for whoever is asking: her private foods are included (nobody else's), and her recent and
/// favourite foods come first. Anonymous callers search the shared catalog only. A nutritionist planning a client's
/// week searches as her client: the client's own foods and recipes and the nutritionist's recipe library are included
/// and the client's recent and favourite foods come first, while the link is consented and not ended.
/// </summary>
public sealed class FoodSearchService(CatalogIndex catalogIndex, IDbContextFactory<AppDbContext> dbFactory, ClientAccess clientAccess, TimeProvider clock)
{
    public const int MaxTake = 50;
    public const int RecentDays = 30;

    public Task<IReadOnlyList<SearchableFood>> SearchAsync(string? query, int take = 20, CancellationToken cancellationToken = default) =>
        SearchAsync(query, take, clientId: null, cancellationToken);

    /// <summary>
    /// As <paramref name="clientId"/>'s linked nutritionist when given, as the caller otherwise. Not audited: the
    /// nutritionist searches inside the client's plan, whose opening is; a row per keystroke would drown the client's
    /// list of who viewed her data.
    /// </summary>
    public async Task<IReadOnlyList<SearchableFood>> SearchAsync(string? query, int take, string? clientId, CancellationToken cancellationToken = default)
    {
        var index = await catalogIndex.GetAsync(cancellationToken);
        var viewer = await clientAccess.FoodViewerAsync(clientId, cancellationToken);
        var preferred = viewer.OwnerId is null ? null : await PreferredFoodsAsync(viewer.OwnerId, cancellationToken);
        return index.Search(query, new FoodSearchOptions(Math.Clamp(take, 1, MaxTake), preferred, viewer.OwnerId, viewer.LibraryOwnerId));
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
