using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Profiles;

/// <summary>What a mother tells the app about herself; the life stage on any date is derived from it.</summary>
public sealed class MotherProfile
{
    public required string UserId { get; set; }
    public LifeStageKind StageKind { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateOnly? BabyBirthDate { get; set; }
    public FeedingMode FeedingMode { get; set; }
    public DietPattern DietPattern { get; set; }

    /// <summary>Exclusions as the tags a food must carry: dairy-free, gluten-free, low-FODMAP.</summary>
    public DietTags Exclusions { get; set; }

    public Allergens AvoidedAllergens { get; set; }
    public List<int> DislikedFoodIds { get; set; } = [];
    public MeasurementUnits Units { get; set; }

    /// <summary>IANA time zone, for what "today" is; null means the server's.</summary>
    public string? TimeZoneId { get; set; }

    public DietPreferences Preferences => new(DietPattern, Exclusions, AvoidedAllergens, DislikedFoodIds.ToHashSet());

    public LifeStage StageOn(DateOnly date) => LifeStage.From(this, date);
}
