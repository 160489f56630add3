using System.Security.Claims;
using MaternalMicrobiome.Data;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>Read access to the shared catalog and to the caller's own private foods; anyone else's are not found.</summary>
public sealed class CatalogService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser)
{
    public async Task<FoodDetails> GetFoodAsync(int foodId, CancellationToken cancellationToken = default)
    {
        var userId = (await currentUser.GetPrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId && (f.OwnerId == null || f.OwnerId == userId), cancellationToken)
            ?? throw new NotFoundException("That food is not in the catalog.");
        return new FoodDetails(
            food.Id,
            food.Name,
            food.FoodGroup,
            food.IsBeverage,
            food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionOption(p.Description, p.Grams)).ToList());
    }
}
