using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>
/// Read access to the catalog: the shared foods and the caller's own private foods, or, for a nutritionist planning a
/// linked client's week, the client's and her own library (<see cref="FoodViewer"/>); anyone else's are not found. Admins curate the catalog in Admin/Foods.
/// </summary>
public sealed class CatalogService(
    IDbContextFactory<AppDbContext> dbFactory, ClientAccess clientAccess, FoodSearchService search, CurrentUser currentUser)
{
    public const int BrowseResultLimit = 50;

    public Task<FoodDetails> GetFoodAsync(int foodId, CancellationToken cancellationToken = default) =>
        GetFoodAsync(foodId, clientId: null, cancellationToken);

    public async Task<FoodDetails> GetFoodAsync(int foodId, string? clientId, CancellationToken cancellationToken = default)
    {
        var viewer = await clientAccess.FoodViewerAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions).Where(viewer.CanSee)
            .SingleOrDefaultAsync(f => f.Id == foodId, cancellationToken)
            ?? throw new NotFoundException("That food is not in the catalog.");
        return new FoodDetails(
            food.Id,
            food.Name,
            food.FoodGroup,
            food.IsBeverage,
            food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionOption(p.Description, p.Grams)).ToList(),
            food.ServingGrams);
    }

    /// <summary>The catalog page's search: the same ranking as logging, shown as cards with the gut-health attributes.</summary>
    public async Task<IReadOnlyList<FoodCard>> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        var principal = await currentUser.GetPrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true)
        {
            throw new AccessDeniedException("Please sign in.");
        }

        var hits = await search.SearchAsync(query, BrowseResultLimit, cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = await db.Foods.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return ids.Where(foods.ContainsKey).Select(id => ToCard(foods[id])).ToList();
    }

    private static FoodCard ToCard(Food f) => new(
        f.Id, f.Name, f.FoodGroup, f.FiberG, f.AddedSugarsG, f.CaffeineMg, f.PlantSpecies, f.HasLiveCultures, f.IsPrebioticRich, f.NovaGroup,
        CatalogCodes.FormatFlags(f.PregnancyRisks, CatalogCodes.PregnancyRisks), f.CurationNote);
}
