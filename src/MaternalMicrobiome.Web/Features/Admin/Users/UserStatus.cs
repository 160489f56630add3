namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>Where an account stands, as the users page shows it.</summary>
public enum UserStatus
{
    /// <summary>Can sign in (once her email is confirmed).</summary>
    Active,

    /// <summary>Invited by an admin and has not yet set a password from the mailed link.</summary>
    Invited,

    /// <summary>Deactivated by an admin: cannot sign in until reactivated.</summary>
    Deactivated,
}
