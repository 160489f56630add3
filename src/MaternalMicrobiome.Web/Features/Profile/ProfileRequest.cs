using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Features.Profile;

/// <summary>A mother's life stage as she enters it on registration or on her profile page.</summary>
public class ProfileRequest
{
    public LifeStageKind StageKind { get; set; } = LifeStageKind.Pregnant;
    public DateOnly? DueDate { get; set; }
    public DateOnly? BabyBirthDate { get; set; }
    public FeedingMode FeedingMode { get; set; }
    public DietPattern DietPattern { get; set; }
    public DietTags Exclusions { get; set; }
    public Allergens AvoidedAllergens { get; set; }

    /// <summary>Catalog foods she does not want suggested.</summary>
    public List<int> DislikedFoodIds { get; set; } = [];

    public MeasurementUnits Units { get; set; }
    public string? TimeZoneId { get; set; }

    public MotherProfile ToProfile(string userId) => new()
    {
        UserId = userId,
        StageKind = StageKind,
        DueDate = StageKind == LifeStageKind.Pregnant ? DueDate : null,
        BabyBirthDate = StageKind is LifeStageKind.Breastfeeding or LifeStageKind.PostpartumNotBreastfeeding ? BabyBirthDate : null,
        FeedingMode = FeedingMode,
        DietPattern = DietPattern,
        Exclusions = Exclusions & (DietTags.DairyFree | DietTags.GlutenFree | DietTags.LowFodmap),
        AvoidedAllergens = AvoidedAllergens,
        DislikedFoodIds = DislikedFoodIds is null ? [] : DislikedFoodIds.Distinct().ToList(),
        Units = Units,
        TimeZoneId = string.IsNullOrWhiteSpace(TimeZoneId) ? null : TimeZoneId.Trim(),
    };

    public static ProfileRequest From(MotherProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ProfileRequest
        {
            StageKind = profile.StageKind,
            DueDate = profile.DueDate,
            BabyBirthDate = profile.BabyBirthDate,
            FeedingMode = profile.FeedingMode,
            DietPattern = profile.DietPattern,
            Exclusions = profile.Exclusions,
            AvoidedAllergens = profile.AvoidedAllergens,
            DislikedFoodIds = [.. profile.DislikedFoodIds],
            Units = profile.Units,
            TimeZoneId = profile.TimeZoneId,
        };
    }
}
