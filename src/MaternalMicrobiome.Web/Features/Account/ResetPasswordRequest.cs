namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>The new password, typed twice; who and the one-use code come from the mailed link.</summary>
public sealed class ResetPasswordRequest : INewPassword
{
    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
