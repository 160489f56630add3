using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>One set of rules (and messages) for an email typed on any account form.</summary>
public static class AccountEmailRules
{
    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter a valid email address.")
            .MaximumLength(ColumnLengths.UserName).WithMessage($"Email must be at most {ColumnLengths.UserName} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Email"));
}
