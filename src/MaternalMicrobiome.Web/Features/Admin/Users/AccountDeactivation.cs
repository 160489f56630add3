using MaternalMicrobiome.Data.Identity;

namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>
/// Deactivation is Identity's own lockout, ended never: lockout after failed log ins is off in this app
/// (Hosting/IdentitySetup), so an account with lockout enabled and an end in the future was deactivated by an admin.
/// </summary>
public static class AccountDeactivation
{
    /// <summary>
    /// The lockout end of a deactivated account: "until unlocked". Not DateTimeOffset.MaxValue: PostgreSQL keeps
    /// microseconds, rounds MaxValue's last tick up into the year 10000, and that value cannot be read back.
    /// </summary>
    public static readonly DateTimeOffset Forever = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDeactivated(bool lockoutEnabled, DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnabled && lockoutEnd > now;

    public static bool IsDeactivated(AppUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsDeactivated(user.LockoutEnabled, user.LockoutEnd, now);
    }
}
