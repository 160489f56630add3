using FluentValidation;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>One set of rules (and messages) for an email typed on any account form.</summary>
public static class AccountEmailRules
{
    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter a valid email address.")
            .MaximumLength(256).WithMessage("Email must be at most 256 characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Email"));
}
