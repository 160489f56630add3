using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Data.Identity;

/// <summary>An account. Health data hangs off the user id in its own tables, never on this row.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
}
