namespace MaternalMicrobiome.Domain.Practice;

/// <summary>
/// What a nutritionist's reports say about her beside her name (which is the account's display name): her
/// credentials ("RDN, MSc") and, optionally, her practice.
/// </summary>
public sealed class PractitionerProfile
{
    public required string UserId { get; set; }
    public string Credentials { get; set; } = string.Empty;
    public string? PracticeName { get; set; }
}
