namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// Tells this instance's open circuits at once that a user's sessions have ended (deactivation, a role change), instead
/// of waiting for the next stamp revalidation. Circuits on other instances still notice at their next revalidation,
/// since the security stamp in the database changed too; this signal only makes the local ones immediate.
/// </summary>
public sealed class SessionEndSignal
{
    /// <summary>Raised with the user id whose sessions ended, on the thread that ended them.</summary>
    public event Action<string>? Ended;

    public void EndSessionsOf(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        Ended?.Invoke(userId);
    }
}
