using System.Globalization;
using MaternalMicrobiome.Web.Mail;

namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>
/// The invite a nutritionist mails to a client: who sends it, the code, a link to the page where she enters it, and how
/// to ignore it. The same words whether or not the address has an account, so the mail tells nobody which addresses do.
/// </summary>
public static class InviteMail
{
    public const string Kind = "client-invite";
    public const string Subject = "An invitation to share your food log on Nourishing Two";

    /// <summary>Where the mail's link goes: signed out, she logs in or registers and comes back here.</summary>
    public const string PagePath = "my-nutritionist";

    public static OutgoingMail Compose(string to, string nutritionistName, InviteView invite, Uri root)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var (text, html) = MailBody.Compose(
            [
                $"{nutritionistName}, a nutritionist on Nourishing Two, invites you to share your food log with her.",
                $"Your invite code: {invite.DisplayCode} (it works once, until {invite.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}).",
                "Open the link below, log in or create an account, and enter the code under \"My nutritionist\". You will see exactly what she would see, and nothing is shared until you consent.",
            ],
            "Enter your code",
            new Uri(root, PagePath),
            $"If you do not know {nutritionistName} or do not want to share, ignore this mail: nothing happens unless you enter the code, and it expires by itself.");
        return new OutgoingMail(Kind, to, Subject, text, html);
    }
}
