using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Mail;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>Identity's mail sender on <see cref="AppMailer"/>: the account mails' words, plain text and HTML.</summary>
public sealed class AccountEmailSender(AppMailer mailer) : IEmailSender<AppUser>
{
    public const string ConfirmSubject = "Confirm your email for Nourishing Two";
    public const string ResetSubject = "Reset your Nourishing Two password";
    public const string AlreadyRegisteredSubject = "Someone tried to register with your email";

    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        SendAsync("confirm-email", email, ConfirmSubject,
            ["Welcome to Nourishing Two. Confirm that this is your email address, then log in."],
            "Confirm your email", confirmationLink,
            "If you did not create an account, ignore this mail: nothing happens without the link.");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        SendAsync("reset-password", email, ResetSubject,
            ["Someone (we hope you) asked to reset the password of your Nourishing Two account. The link works once, for one day."],
            "Choose a new password", resetLink,
            "If you did not ask, ignore this mail: your password stays as it is.");

    /// <summary>The app's reset pages use links, never bare codes; Identity's API endpoints (not mapped here) would send one.</summary>
    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        throw new NotSupportedException("Password resets are sent as links (SendPasswordResetLinkAsync).");

    /// <summary>To the owner of an address someone tried to register again: the page said only "check your email".</summary>
    public Task SendAlreadyRegisteredAsync(string email, string logInLink, string resetLink) =>
        SendAsync("already-registered", email, AlreadyRegisteredSubject,
            [
                "Someone tried to create a Nourishing Two account with this email address, which already has one. No new account was made.",
                $"If it was you, log in at {logInLink}",
            ],
            "Forgot your password? Choose a new one", resetLink,
            "If it was not you, you need do nothing: your account is unchanged.");

    private Task<bool> SendAsync(string kind, string email, string subject, IReadOnlyList<string> paragraphs, string actionLabel, string link, string closing)
    {
        var (text, html) = MailBody.Compose(paragraphs, actionLabel, new Uri(link, UriKind.Absolute), closing);
        return mailer.SendAsync(new OutgoingMail(kind, email, subject, text, html));
    }
}
