namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>A form that sets a password, typed twice: registration and password reset share its rules.</summary>
public interface INewPassword
{
    string Password { get; }

    string ConfirmPassword { get; }
}
