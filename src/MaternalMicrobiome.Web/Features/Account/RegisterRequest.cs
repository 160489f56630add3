using MaternalMicrobiome.Web.Features.Profile;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>A new mother's account and her life stage, entered on one form.</summary>
public sealed class RegisterRequest : ProfileRequest, INewPassword
{
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string ConfirmPassword { get; set; } = string.Empty;
}
