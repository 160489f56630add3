namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>The invite code a mother types in to see, and then consent to, what her nutritionist will see.</summary>
public sealed class InviteCodeRequest
{
    public string? Code { get; set; }
}
