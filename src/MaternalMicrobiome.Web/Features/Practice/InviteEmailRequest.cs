namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>The address a nutritionist mails a new invite code to.</summary>
public sealed class InviteEmailRequest
{
    public string Email { get; set; } = string.Empty;
}
