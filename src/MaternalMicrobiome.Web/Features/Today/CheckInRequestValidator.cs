using FluentValidation;

namespace MaternalMicrobiome.Web.Features.Today;

public sealed class CheckInRequestValidator : AbstractValidator<CheckInRequest>
{
    public CheckInRequestValidator()
    {
        RuleFor(r => r.SleepHours)
            .Must(h => h is null || (double.IsFinite(h.Value) && h >= 0 && h <= 24)).WithMessage("Sleep must be from 0 to 24 hours.");
        RuleFor(r => r.Stress).InclusiveBetween(1, 5).When(r => r.Stress is not null).WithMessage("Stress is from 1 (calm) to 5 (very stressed).");
        RuleFor(r => r.MovementMinutes).InclusiveBetween(0, 1440).When(r => r.MovementMinutes is not null).WithMessage("Movement must be from 0 to 1,440 minutes.");
        RuleFor(r => r.DigestiveComfort).InclusiveBetween(1, 5).When(r => r.DigestiveComfort is not null).WithMessage("Digestive comfort is from 1 to 5.");
        RuleFor(r => r.BristolType).InclusiveBetween(1, 7).When(r => r.BristolType is not null).WithMessage("Bristol stool type is from 1 to 7.");
    }
}
