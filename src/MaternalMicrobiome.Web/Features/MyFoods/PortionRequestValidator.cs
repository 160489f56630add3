using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.MyFoods;

public sealed class PortionRequestValidator : AbstractValidator<PortionRequest>
{
    public const int MaxDescriptionLength = ColumnLengths.PortionDescription;

    public PortionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Description)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Portion description is required, for example \"1 bowl\".")
            .MaximumLength(MaxDescriptionLength).WithMessage($"Portion description must be at most {MaxDescriptionLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Portion description"));
        RuleFor(p => p.Grams)
            .Must(double.IsFinite).WithMessage("Portion grams must be a number.")
            .GreaterThan(0).WithMessage("Portion grams must be more than 0.")
            .LessThanOrEqualTo(Quantity.MaxGrams).WithMessage($"Portion grams must be at most {Quantity.MaxGrams:N0}.");
    }
}
