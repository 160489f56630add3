namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>Just her email address: the forgot-password and resend-confirmation forms.</summary>
public sealed class AccountEmailRequest
{
    public string Email { get; set; } = string.Empty;
}
