using System.Linq.Expressions;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Whose private foods a search, a look-up or a planned line may use: the shared catalog always; the foods of
/// <see cref="OwnerId"/> (the mother herself, or the client being planned for); and, for a nutritionist planning a
/// linked client's week, her own recipe library (<see cref="LibraryOwnerId"/>). Nobody else's, ever.
/// </summary>
public sealed record FoodViewer(string? OwnerId, string? LibraryOwnerId = null)
{
    /// <summary>The rule as a query filter, so the database applies it.</summary>
    public Expression<Func<Food, bool>> CanSee
    {
        get
        {
            var owner = OwnerId;
            var library = LibraryOwnerId;
            return f => f.OwnerId == null || (owner != null && f.OwnerId == owner) || (library != null && f.OwnerId == library);
        }
    }

    /// <summary>The same rule on a food already loaded.</summary>
    public bool Sees(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.OwnerId is null || (OwnerId is not null && food.OwnerId == OwnerId) || IsLibraryFood(food);
    }

    /// <summary>Whether <paramref name="food"/> comes from the nutritionist's library, and so is copied to the client when planned.</summary>
    public bool IsLibraryFood(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return LibraryOwnerId is not null && food.OwnerId == LibraryOwnerId;
    }
}
