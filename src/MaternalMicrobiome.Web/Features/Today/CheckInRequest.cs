namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>The check-in card's fields; every one is optional.</summary>
public sealed class CheckInRequest
{
    public double? SleepHours { get; set; }
    public int? Stress { get; set; }
    public int? MovementMinutes { get; set; }
    public bool Breathwork { get; set; }
    public bool AntibioticCourse { get; set; }
    public int? DigestiveComfort { get; set; }
    public int? BristolType { get; set; }
}
