using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Profile;

namespace MaternalMicrobiome.Web.Features.Account;

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter a valid email address.")
            .MaximumLength(ColumnLengths.UserName).WithMessage($"Email must be at most {ColumnLengths.UserName} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Email"));
        RuleFor(r => r.DisplayName).Must(PlainText.HasVisible).WithMessage("Enter the name to show in the app.")
            .MaximumLength(ColumnLengths.DisplayName).WithMessage($"Name must be at most {ColumnLengths.DisplayName} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Name"));
        RuleFor(r => r.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(8).WithMessage("Password must be at least 8 characters.")
            .MaximumLength(100).WithMessage("Password must be at most 100 characters.");
        RuleFor(r => r.ConfirmPassword).Equal(r => r.Password).WithMessage("The two passwords do not match.");
        Include(new ProfileRequestValidator(clock));
    }
}
