using FluentValidation;

namespace MaternalMicrobiome.Web.Features.Account;

public sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator() => Include(new NewPasswordValidator());
}
