using FluentValidation;
using MaternalMicrobiome.Web.Features.Profile;

namespace MaternalMicrobiome.Web.Features.Account;

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Email).AccountEmail();
        RuleFor(r => r.DisplayName).AccountDisplayName();
        Include(new NewPasswordValidator());
        Include(new ProfileRequestValidator(clock));
    }
}
