namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>An account as the admin sees it: no health data, only who, which role and whether it can sign in.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, string Role, UserStatus Status, DateTimeOffset CreatedAt);
