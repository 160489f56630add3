using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Components.Pages.Profile;

/// <summary>A mother's life stage as she enters it on registration or on her profile page.</summary>
public class ProfileRequest
{
    public LifeStageKind StageKind { get; set; } = LifeStageKind.Pregnant;
    public DateOnly? DueDate { get; set; }
    public DateOnly? BabyBirthDate { get; set; }
    public FeedingMode FeedingMode { get; set; }

    public MotherProfile ToProfile(string userId) => new()
    {
        UserId = userId,
        StageKind = StageKind,
        DueDate = StageKind == LifeStageKind.Pregnant ? DueDate : null,
        BabyBirthDate = StageKind is LifeStageKind.Breastfeeding or LifeStageKind.PostpartumNotBreastfeeding ? BabyBirthDate : null,
        FeedingMode = FeedingMode,
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
        };
    }
}
