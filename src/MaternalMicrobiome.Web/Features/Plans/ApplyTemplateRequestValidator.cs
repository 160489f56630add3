using FluentValidation;
using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Plans;

public sealed class ApplyTemplateRequestValidator : AbstractValidator<ApplyTemplateRequest>
{
    /// <summary>An Identity user id is a GUID string; anything much longer is not an id.</summary>
    public const int MaxClientIdLength = 64;

    public ApplyTemplateRequestValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(r => r.TemplateId).GreaterThan(0).WithMessage("Choose a template.");
        RuleFor(r => r.ClientId)
            .Must(id => id is null || (!string.IsNullOrWhiteSpace(id) && id.Length <= MaxClientIdLength))
            .WithMessage("Choose a client.");

        // The same window as a new plan: every planned meal can later be logged.
        RuleFor(r => r.WeekStart)
            .Must(d => LoggingWindow.Contains(d, DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
                && LoggingWindow.Contains(d.AddDays(6), DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))
            .WithMessage($"The week must start within the last {LoggingWindow.YearsBack} years and end at most a year ahead.");
    }
}
