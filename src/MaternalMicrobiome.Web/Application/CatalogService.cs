using MaternalMicrobiome.Data;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>Read access to the shared catalog, open to every signed-in user.</summary>
public sealed class CatalogService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<FoodDetails> GetFoodAsync(int foodId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId, cancellationToken)
            ?? throw new NotFoundException("That food is not in the catalog.");
        return new FoodDetails(
            food.Id,
            food.Name,
            food.FoodGroup,
            food.IsBeverage,
            food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionOption(p.Description, p.Grams)).ToList());
    }
}
