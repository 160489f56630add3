using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>A mother's starred foods: they come first in her searches.</summary>
public sealed class FavouritesService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<bool> IsFavouriteAsync(int foodId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.FavouriteFoods.AnyAsync(f => f.UserId == userId && f.FoodId == foodId, cancellationToken);
    }

    /// <summary>Stars or unstars a food she can see; returns whether it is now a favourite.</summary>
    public async Task<bool> ToggleAsync(int foodId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Foods.Where(new FoodViewer(userId).CanSee).AnyAsync(f => f.Id == foodId, cancellationToken))
        {
            throw new NotFoundException("That food is not in the catalog.");
        }

        var existing = await db.FavouriteFoods.SingleOrDefaultAsync(f => f.UserId == userId && f.FoodId == foodId, cancellationToken);
        if (existing is null)
        {
            db.FavouriteFoods.Add(new FavouriteFood { UserId = userId, FoodId = foodId, CreatedAt = clock.GetUtcNow() });
        }
        else
        {
            db.FavouriteFoods.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing is null;
    }
}
