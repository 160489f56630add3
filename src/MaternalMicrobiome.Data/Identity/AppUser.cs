using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Data.Identity;

/// <summary>An account. Health data hangs off the user id in its own tables, never on this row.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Mail her when the other side of a conversation comments (never what the comment says). On by default.</summary>
    public bool NotifyOnComment { get; set; } = true;

    /// <summary>Mail her when the other side ends their sharing link. On by default.</summary>
    public bool NotifyOnLinkEnd { get; set; } = true;
}
