namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>Who wrote the report: her name, her credentials ("RDN, MSc") and her practice, as her practice details say.</summary>
public sealed record ReportPractitioner(string Name, string Credentials, string? PracticeName)
{
    /// <summary>"Jane Doe, RDN, MSc", or the name alone before she has entered credentials.</summary>
    public string NameWithCredentials => Credentials.Length == 0 ? Name : $"{Name}, {Credentials}";
}
