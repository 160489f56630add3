using FluentValidation;

namespace MaternalMicrobiome.Web.Features.Account;

public sealed class AccountEmailRequestValidator : AbstractValidator<AccountEmailRequest>
{
    public AccountEmailRequestValidator() => RuleFor(r => r.Email).AccountEmail();
}
