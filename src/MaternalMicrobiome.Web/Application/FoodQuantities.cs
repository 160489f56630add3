using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The database half of checking an amount of a food, shared by the log and the plans: the food is one the
/// <see cref="FoodViewer"/> may use (the catalog, the mother's own, a planning nutritionist's library), the portion is one of its portions, and the grams stay within one entry's limits. Failures read
/// like validator messages, named after the request's fields.
/// </summary>
public static class FoodQuantities
{
    public const string FoodField = "FoodId";
    public const string PortionField = "PortionDescription";
    public const string AmountField = "Amount";

    public static async Task<ResolvedQuantity> ResolveAsync(
        AppDbContext db, FoodViewer viewer, int foodId, QuantityUnit unit, double amount, string? portionDescription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions).Where(viewer.CanSee)
            .SingleOrDefaultAsync(f => f.Id == foodId, cancellationToken)
            ?? throw Invalid(FoodField, "That food is not in the catalog.");

        var quantity = new Quantity(unit, amount, unit == QuantityUnit.Portion ? portionDescription : null);
        if (quantity.Unit == QuantityUnit.Portion && food.Portions.All(p => p.Description != quantity.PortionDescription))
        {
            throw Invalid(PortionField, $"Choose one of the portions of {food.Name}.");
        }

        var grams = quantity.ToGrams(food);
        if (grams < Quantity.MinGrams)
        {
            throw Invalid(AmountField, $"That is {grams:0.###} g; one entry must hold at least {Quantity.MinGrams} g.");
        }

        if (grams > Quantity.MaxGrams)
        {
            throw Invalid(AmountField, $"That is {grams:N0} g; one entry can hold at most {Quantity.MaxGrams:N0} g.");
        }

        return new ResolvedQuantity(food, quantity, grams);
    }

    /// <summary>A rule that needs the database fails like a validator rule.</summary>
    public static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}
