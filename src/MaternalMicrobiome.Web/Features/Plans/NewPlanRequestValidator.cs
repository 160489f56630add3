using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Plans;

public sealed class NewPlanRequestValidator : AbstractValidator<NewPlanRequest>
{
    /// <summary>The column's length (MealPlanConfiguration).</summary>
    public const int MaxTitleLength = ColumnLengths.PlanTitle;

    public NewPlanRequestValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(r => r.Title)
            .Must(PlainText.HasVisible).WithMessage("Give the plan a title.")
            .MaximumLength(MaxTitleLength).WithMessage($"Title must be at most {MaxTitleLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Title"));

        // Planned days become logged days: the same range as the log, so every planned meal can be logged.
        RuleFor(r => r.WeekStart)
            .Must(d => LoggingWindow.Contains(d, DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
                && LoggingWindow.Contains(d.AddDays(6), DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))
            .WithMessage($"The week must start within the last {LoggingWindow.YearsBack} years and end at most a year ahead.");
        RuleFor(r => r.TemplateId).GreaterThan(0).When(r => r.TemplateId is not null).WithMessage("Choose a template.");
    }
}
