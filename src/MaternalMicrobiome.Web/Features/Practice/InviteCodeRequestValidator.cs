using FluentValidation;

namespace MaternalMicrobiome.Web.Features.Practice;

public sealed class InviteCodeRequestValidator : AbstractValidator<InviteCodeRequest>
{
    public InviteCodeRequestValidator()
    {
        RuleFor(r => r.Code)
            .NotEmpty().WithMessage("Invite code: enter the code your nutritionist gave you.")
            .Must(code => InviteCodes.IsWellFormed(InviteCodes.Normalize(code)))
            .When(r => !string.IsNullOrWhiteSpace(r.Code))
            .WithMessage("Invite code: a code has 8 letters and digits, like K7MP-Q2XW.");
    }
}
