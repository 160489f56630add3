using FluentValidation;

namespace MaternalMicrobiome.Web.Components.Account;

public sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator() => Include(new NewPasswordValidator());
}
