using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Components.Common;
using MimeKit;

namespace MaternalMicrobiome.Web.Features.Practice;

public sealed class InviteEmailRequestValidator : AbstractValidator<InviteEmailRequest>
{
    public InviteEmailRequestValidator() =>
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Client's email: enter her email address.")
            .MaximumLength(ColumnLengths.UserName).WithMessage($"Client's email: at most {ColumnLengths.UserName} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Client's email"))
            .EmailAddress().WithMessage("Client's email: enter a valid email address, like name@example.org.")
            // The mail goes exactly where she typed: one address, no display name or second recipient riding along.
            .Must(email => MailboxAddress.TryParse(email.Trim(), out var parsed) && parsed.Address == email.Trim())
            .WithMessage("Client's email: enter a valid email address, like name@example.org.");
}
