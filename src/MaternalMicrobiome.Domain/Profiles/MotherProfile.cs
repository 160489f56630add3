namespace MaternalMicrobiome.Domain.Profiles;

/// <summary>What a mother tells the app about herself; the life stage on any date is derived from it.</summary>
public sealed class MotherProfile
{
    public required string UserId { get; set; }
    public LifeStageKind StageKind { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateOnly? BabyBirthDate { get; set; }
    public FeedingMode FeedingMode { get; set; }
    public PlantCountingMode PlantCountingMode { get; set; }

    public LifeStage StageOn(DateOnly date) => LifeStage.From(this, date);
}
