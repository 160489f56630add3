using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Profile;

namespace MaternalMicrobiome.Web.Features.Account;

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Email).AccountEmail();
        RuleFor(r => r.DisplayName).Must(PlainText.HasVisible).WithMessage("Enter the name to show in the app.")
            .MaximumLength(ColumnLengths.DisplayName).WithMessage($"Name must be at most {ColumnLengths.DisplayName} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Name"));
        Include(new NewPasswordValidator());
        Include(new ProfileRequestValidator(clock));
    }
}
