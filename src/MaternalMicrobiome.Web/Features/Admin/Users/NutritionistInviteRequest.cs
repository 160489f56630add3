namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>A nutritionist the admin invites: the name shown in the app and the address the invitation goes to.</summary>
public sealed class NutritionistInviteRequest
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;
}
