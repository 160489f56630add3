using System.Text;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// The account mails with their links: Identity's one-use tokens (Base64url in the link), on the app's public address.
/// Used by the static-rendered account pages, so <see cref="MailLinks"/> knows the request's address.
/// </summary>
public sealed class AccountMails(
    UserManager<AppUser> userManager,
    AccountEmailSender sender,
    MailLinks links)
{
    public async Task SendConfirmationAsync(AppUser user, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (links.BaseOrLog("confirm-email") is not { } root)
        {
            return;
        }

        var code = Encode(await userManager.GenerateEmailConfirmationTokenAsync(user));
        var link = $"Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={code}"
            + (string.IsNullOrEmpty(returnUrl) ? string.Empty : $"&returnUrl={Uri.EscapeDataString(returnUrl)}");
        await sender.SendConfirmationLinkAsync(user, user.Email!, new Uri(root, link).AbsoluteUri);
    }

    public async Task SendPasswordResetAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (links.BaseOrLog("reset-password") is not { } root)
        {
            return;
        }

        var code = Encode(await userManager.GeneratePasswordResetTokenAsync(user));
        var link = $"Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&code={code}";
        await sender.SendPasswordResetLinkAsync(user, user.Email!, new Uri(root, link).AbsoluteUri);
    }

    /// <summary>
    /// The invitation of an account made without a password: a password-reset token (one use, one day), whose page
    /// then also confirms the address, since only its owner could open the link. False when no mail could be sent.
    /// </summary>
    public async Task<bool> SendInvitationAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (links.BaseOrLog("invitation") is not { } root)
        {
            return false;
        }

        var code = Encode(await userManager.GeneratePasswordResetTokenAsync(user));
        var link = $"Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&code={code}&{ResetPasswordPage.InvitationQuery}=true";
        return await sender.SendInvitationAsync(user.Email!, user.DisplayName, new Uri(root, link).AbsoluteUri);
    }

    public async Task SendAlreadyRegisteredAsync(string email)
    {
        if (links.BaseOrLog("already-registered") is not { } root)
        {
            return;
        }

        await sender.SendAlreadyRegisteredAsync(email, new Uri(root, "Account/Login").AbsoluteUri, new Uri(root, "Account/ForgotPassword").AbsoluteUri);
    }

    /// <summary>The token a link carried, or null when it is not even Base64url (a mangled or made-up link).</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
