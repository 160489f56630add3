namespace MaternalMicrobiome.Domain.Logging;

/// <summary>The holistic check-in of one day: shown beside the score, never scored.</summary>
public sealed class CheckIn
{
    public required string UserId { get; set; }
    public DateOnly Date { get; set; }
    public double? SleepHours { get; set; }

    /// <summary>1 (calm) to 5 (very stressed).</summary>
    public int? Stress { get; set; }

    public int? MovementMinutes { get; set; }
    public bool Breathwork { get; set; }
    public bool AntibioticCourse { get; set; }

    /// <summary>1 (very uncomfortable) to 5 (comfortable).</summary>
    public int? DigestiveComfort { get; set; }

    /// <summary>Bristol stool form scale, 1 to 7.</summary>
    public int? BristolType { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
