namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>An account as the admin sees it: no health data, only who and which role.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, string Role, bool LockedOut, DateTimeOffset CreatedAt);
