using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Components.Pages.Catalog;

/// <summary>Browsing the shared catalog (read-only; admins curate it elsewhere).</summary>
public sealed class FoodCatalogService(IDbContextFactory<AppDbContext> dbFactory, FoodSearchService search, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<FoodCard>> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        var principal = await currentUser.GetPrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true)
        {
            throw new AccessDeniedException("Please sign in.");
        }

        var hits = await search.SearchAsync(query, 50, cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = await db.Foods.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return ids.Where(foods.ContainsKey).Select(id => ToCard(foods[id])).ToList();
    }

    private static FoodCard ToCard(Food f) => new(
        f.Id, f.Name, f.FoodGroup, f.FiberG, f.AddedSugarsG, f.CaffeineMg, f.PlantSpecies, f.HasLiveCultures, f.IsPrebioticRich, f.NovaGroup,
        CatalogCodes.FormatFlags(f.PregnancyRisks, CatalogCodes.PregnancyRisks), f.CurationNote);
}
