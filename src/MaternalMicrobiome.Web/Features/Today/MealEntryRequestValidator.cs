using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Today;

public sealed class MealEntryRequestValidator : AbstractValidator<MealEntryRequest>
{
    public const int MaxPortions = 50;
    public const int MaxNoteLength = ColumnLengths.EntryNote;

    public MealEntryRequestValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(r => r.FoodId).GreaterThan(0).WithMessage("Choose a food.");
        RuleFor(r => r.Slot).IsInEnum().WithMessage("Choose a meal.");
        RuleFor(r => r.Unit).IsInEnum().WithMessage("Choose a unit.");
        RuleFor(r => r.Amount)
            .Must(double.IsFinite).WithMessage("Amount must be a number.")
            .GreaterThan(0).WithMessage("Amount must be more than 0.");
        RuleFor(r => r.Amount)
            .GreaterThanOrEqualTo(Quantity.MinGrams).When(r => r.Unit != QuantityUnit.Portion && r.Amount > 0)
            .WithMessage($"Amount must be at least {Quantity.MinGrams} (a pinch).");
        RuleFor(r => r.Amount)
            .LessThanOrEqualTo(Quantity.MaxGrams).When(r => r.Unit != QuantityUnit.Portion)
            .WithMessage($"Amount must be at most {Quantity.MaxGrams:N0}.");
        RuleFor(r => r.Amount)
            .LessThanOrEqualTo(MaxPortions).When(r => r.Unit == QuantityUnit.Portion)
            .WithMessage($"At most {MaxPortions} portions in one entry.");
        RuleFor(r => r.PortionDescription)
            .NotEmpty().When(r => r.Unit == QuantityUnit.Portion).WithMessage("Choose a portion.");
        RuleFor(r => r.Note)
            .MaximumLength(MaxNoteLength).WithMessage($"Note must be at most {MaxNoteLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Note"));
        RuleFor(r => r.Date)
            .Must(date => LoggingWindow.Contains(date, Today(clock)))
            .WithMessage($"Date must be {LoggingWindow.Description}.");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
