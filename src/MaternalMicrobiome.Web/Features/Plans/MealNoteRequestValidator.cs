using FluentValidation;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Plans;

public sealed class MealNoteRequestValidator : AbstractValidator<MealNoteRequest>
{
    /// <summary>The column's length (PlannedMealNoteConfiguration).</summary>
    public const int MaxTextLength = 500;

    public MealNoteRequestValidator()
    {
        RuleFor(r => r.DayIndex).InclusiveBetween(0, PlanScorer.Days - 1).WithMessage("Choose a day of the plan.");
        RuleFor(r => r.Slot).IsInEnum().WithMessage("Choose a meal.");
        RuleFor(r => r.Text)
            .MaximumLength(MaxTextLength).WithMessage($"Note must be at most {MaxTextLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Note"));
    }
}
