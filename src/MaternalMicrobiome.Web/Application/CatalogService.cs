using MaternalMicrobiome.Data;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Read access to the shared catalog and to the caller's own private foods, or, for a nutritionist planning a linked
/// client's week, to the client's; anyone else's are not found.
/// </summary>
public sealed class CatalogService(IDbContextFactory<AppDbContext> dbFactory, ClientAccess clientAccess)
{
    public Task<FoodDetails> GetFoodAsync(int foodId, CancellationToken cancellationToken = default) =>
        GetFoodAsync(foodId, clientId: null, cancellationToken);

    public async Task<FoodDetails> GetFoodAsync(int foodId, string? clientId, CancellationToken cancellationToken = default)
    {
        var userId = await clientAccess.FoodOwnerAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId && (f.OwnerId == null || f.OwnerId == userId), cancellationToken)
            ?? throw new NotFoundException("That food is not in the catalog.");
        return new FoodDetails(
            food.Id,
            food.Name,
            food.FoodGroup,
            food.IsBeverage,
            food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionOption(p.Description, p.Grams)).ToList(),
            food.ServingGrams);
    }
}
