namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>
/// What the mother sees before she consents: who invites her and what that person will see.
/// <paramref name="CurrentNutritionistName"/> is set when she already shares with someone (she must end that first).
/// </summary>
public sealed record InvitePreview(string Code, string NutritionistName, DateTimeOffset ExpiresAt, string? CurrentNutritionistName)
{
    public string DisplayCode => InviteCodes.Display(Code);
}
