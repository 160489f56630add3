using FluentValidation;
using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.MyFoods;

public sealed class IngredientRequestValidator : AbstractValidator<IngredientRequest>
{
    public IngredientRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(i => i.FoodId).GreaterThan(0).WithMessage("Ingredient: choose a food.");
        RuleFor(i => i.Grams)
            .Must(double.IsFinite).WithMessage("Ingredient grams must be a number.")
            .GreaterThan(0).WithMessage("Ingredient grams must be more than 0.")
            .GreaterThanOrEqualTo(Quantity.MinGrams).WithMessage($"Ingredient grams must be at least {Quantity.MinGrams} (a pinch).")
            .LessThanOrEqualTo(Quantity.MaxGrams).WithMessage($"Ingredient grams must be at most {Quantity.MaxGrams:N0}.");
    }
}
