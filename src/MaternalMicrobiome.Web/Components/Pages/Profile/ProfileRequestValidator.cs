using FluentValidation;
using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Components.Pages.Profile;

public sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public ProfileRequestValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(r => r.StageKind).IsInEnum().WithMessage("Choose a life stage.");
        RuleFor(r => r.FeedingMode).IsInEnum().WithMessage("Choose exclusive or partial breastfeeding.");

        When(r => r.StageKind == LifeStageKind.Pregnant, () =>
            RuleFor(r => r.DueDate)
                .NotNull().WithMessage("Enter your due date.")
                .Must(due => due is null || (due >= Today(clock).AddDays(-21) && due <= Today(clock).AddDays(LifeStage.PregnancyDays)))
                .WithMessage("Due date must be between 3 weeks ago and 40 weeks from today."));

        When(r => r.StageKind == LifeStageKind.Breastfeeding, () =>
            RuleFor(r => r.BabyBirthDate).NotNull().WithMessage("Enter your baby's birth date."));

        RuleFor(r => r.DietPattern).IsInEnum().WithMessage("Choose a diet pattern.");
        RuleFor(r => r.Units).IsInEnum().WithMessage("Choose metric or US units.");
        RuleFor(r => r.TimeZoneId)
            .Must(id => string.IsNullOrWhiteSpace(id) || TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _))
            .WithMessage("Choose a time zone from the list.");

        RuleFor(r => r.BabyBirthDate)
            .Must(birth => birth is null || (birth <= Today(clock) && birth >= Today(clock).AddYears(-4)))
            .WithMessage("Baby's birth date must be in the last 4 years and not in the future.");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
