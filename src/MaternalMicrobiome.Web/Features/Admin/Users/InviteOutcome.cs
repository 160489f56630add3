namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>What inviting an address did; the admin is told which.</summary>
public enum InviteOutcome
{
    /// <summary>A new nutritionist account, with the invitation mailed.</summary>
    Invited,

    /// <summary>The address had an invitation not yet accepted: a fresh link was mailed, no second account made.</summary>
    InvitedAgain,

    /// <summary>The address already has an account that is in use: nothing was made or mailed.</summary>
    AlreadyHasAccount,
}
