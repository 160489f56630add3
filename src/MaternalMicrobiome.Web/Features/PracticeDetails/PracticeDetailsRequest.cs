namespace MaternalMicrobiome.Web.Features.PracticeDetails;

/// <summary>How a nutritionist's name appears on what she hands out: her name, credentials and (optional) practice.</summary>
public sealed class PracticeDetailsRequest
{
    /// <summary>Her account's display name, which clients also see on comments and invites.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Post-nominal letters, such as "RDN, MSc".</summary>
    public string Credentials { get; set; } = string.Empty;

    public string? PracticeName { get; set; }
}
