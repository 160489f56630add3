using FluentValidation;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>The length rules and the second typing; Identity's own rules (digit, case, symbol) come after, on save.</summary>
public sealed class NewPasswordValidator : AbstractValidator<INewPassword>
{
    public NewPasswordValidator()
    {
        RuleFor(r => r.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(8).WithMessage("Password must be at least 8 characters.")
            .MaximumLength(100).WithMessage("Password must be at most 100 characters.");
        RuleFor(r => r.ConfirmPassword).Equal(r => r.Password).WithMessage("The two passwords do not match.");
    }
}
