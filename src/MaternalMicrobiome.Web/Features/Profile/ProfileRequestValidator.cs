using FluentValidation;
using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Features.Profile;

public sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public const int MaxDislikedFoods = 100;

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
        // Missing (the registration form has no such field) means none. Whether each food exists needs the database:
        // ProfileService checks that and names this field too.
        RuleFor(r => r.DislikedFoodIds)
            .Must(ids => ids is null || ids.Count <= MaxDislikedFoods).WithMessage($"Foods you dislike: at most {MaxDislikedFoods}.")
            .Must(ids => ids is null || ids.TrueForAll(id => id > 0)).WithMessage("Foods you dislike: choose foods from the catalog.");
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
