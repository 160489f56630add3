namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>An open invite of the signed-in nutritionist.</summary>
public sealed record InviteView(int Id, string Code, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public string DisplayCode => InviteCodes.Display(Code);
}
