using FluentValidation;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.MyFoods;

public sealed class RecipeRequestValidator : AbstractValidator<RecipeRequest>
{
    public const int MaxServings = 50;
    public const int MaxIngredients = 50;

    public RecipeRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name)
            .Must(PlainText.HasVisible).WithMessage("Name is required.")
            .MaximumLength(CustomFoodRequestValidator.MaxNameLength).WithMessage($"Name must be at most {CustomFoodRequestValidator.MaxNameLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Name"));
        RuleFor(r => r.Servings)
            .InclusiveBetween(1, MaxServings).WithMessage($"Servings must be 1 to {MaxServings}.");
        RuleFor(r => r.Ingredients)
            .NotNull().WithMessage("Ingredients: add at least one ingredient.")
            .Must(i => i is null || i.Count > 0).WithMessage("Ingredients: add at least one ingredient.")
            .Must(i => i is null || i.Count <= MaxIngredients).WithMessage($"Ingredients: at most {MaxIngredients}.");
        RuleForEach(r => r.Ingredients)
            .NotNull().WithMessage("Ingredients: an ingredient is missing.")
            .SetValidator(new IngredientRequestValidator());
    }
}
