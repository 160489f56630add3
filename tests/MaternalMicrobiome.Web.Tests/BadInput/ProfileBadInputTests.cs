using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Her profile, through <see cref="ProfileService"/>: the saved profile must stay as it was.</summary>
public sealed class ProfileBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    public static BadInputTable<Action<ProfileRequest>> Profiles { get; } = new()
    {
        { "due date missing", r => r.DueDate = null, "DueDate" },
        { "due date DateOnly.MinValue", r => r.DueDate = DateOnly.MinValue, "DueDate" },
        { "due date DateOnly.MaxValue", r => r.DueDate = DateOnly.MaxValue, "DueDate" },
        { "due date a year ago", r => r.DueDate = Today.AddYears(-1), "DueDate" },
        { "due date in ten years", r => r.DueDate = Today.AddYears(10), "DueDate" },
        { "breastfeeding without a birth date", r => (r.StageKind, r.BabyBirthDate) = (LifeStageKind.Breastfeeding, null), "BabyBirthDate" },
        { "birth date tomorrow", r => (r.StageKind, r.BabyBirthDate) = (LifeStageKind.Breastfeeding, Today.AddDays(1)), "BabyBirthDate" },
        { "birth date DateOnly.MinValue", r => (r.StageKind, r.BabyBirthDate) = (LifeStageKind.Breastfeeding, DateOnly.MinValue), "BabyBirthDate" },
        { "birth date DateOnly.MaxValue", r => (r.StageKind, r.BabyBirthDate) = (LifeStageKind.PostpartumNotBreastfeeding, DateOnly.MaxValue), "BabyBirthDate" },
        { "birth date five years ago", r => (r.StageKind, r.BabyBirthDate) = (LifeStageKind.Breastfeeding, Today.AddYears(-5)), "BabyBirthDate" },
        { "life stage unknown", r => r.StageKind = (LifeStageKind)99, "StageKind" },
        { "feeding mode unknown", r => r.FeedingMode = (FeedingMode)(-3), "FeedingMode" },
        { "diet pattern unknown", r => r.DietPattern = (DietPattern)77, "DietPattern" },
        { "units unknown", r => r.Units = (MeasurementUnits)5, "Units" },
        { "time zone unknown", r => r.TimeZoneId = "Mars/Olympus_Mons", "TimeZoneId" },
        { "time zone is script", r => r.TimeZoneId = BadText.Script, "TimeZoneId" },
        { "time zone is SQL", r => r.TimeZoneId = BadText.Sql, "TimeZoneId" },
        { "time zone is a path", r => r.TimeZoneId = "../../../../etc/passwd", "TimeZoneId" },
        { "time zone with NUL", r => r.TimeZoneId = "Europe/Paris\0", "TimeZoneId" },
        { "time zone 10,000 characters", r => r.TimeZoneId = BadText.Repeated(10_000), "TimeZoneId" },
        { "disliked food zero", r => r.DislikedFoodIds = [0], "DislikedFoodIds" },
        { "disliked food negative", r => r.DislikedFoodIds = [-5], "DislikedFoodIds" },
        { "disliked food not in the catalog", r => r.DislikedFoodIds = [int.MaxValue], "DislikedFoodIds" },
        { "101 disliked foods", r => r.DislikedFoodIds = Enumerable.Range(1, 101).ToList(), "DislikedFoodIds" },
    };

    public static TheoryData<string> Cases => Profiles.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_profile_is_refused_naming_the_field_and_the_saved_one_is_unchanged(string name)
    {
        var bad = Profiles[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var request = new ProfileRequest { StageKind = LifeStageKind.Pregnant, DueDate = Today.AddDays(100), DietPattern = DietPattern.Omnivore };
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<ProfileService>(factory, mother, profiles => profiles.SaveAsync(request)),
            db => FingerprintAsync(db, mother.Id));
    }

    private static async Task<string> FingerprintAsync(AppDbContext db, string motherId)
    {
        var p = await db.MotherProfiles.AsNoTracking().SingleAsync(x => x.UserId == motherId);
        return $"{p.StageKind}|{p.DueDate}|{p.BabyBirthDate}|{p.FeedingMode}|{p.DietPattern}|{p.Exclusions}|{p.Units}|{p.TimeZoneId}|{string.Join(',', p.DislikedFoodIds)}";
    }
}
