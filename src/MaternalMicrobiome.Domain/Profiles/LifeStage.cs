namespace MaternalMicrobiome.Domain.Profiles;

/// <summary>The life stage on one date: the trimester moves on with the due date, lactation with the baby's age.</summary>
public sealed record LifeStage(LifeStageKind Kind, int? Trimester, int? GestationalWeek, FeedingMode? FeedingMode, int? BabyAgeWeeks)
{
    /// <summary>A term pregnancy is 280 days (40 weeks) from the first day of the last period to the due date.</summary>
    public const int PregnancyDays = 280;

    public bool IsPregnant => Kind == LifeStageKind.Pregnant;
    public bool IsBreastfeeding => Kind == LifeStageKind.Breastfeeding;

    public static LifeStage PlanningPregnancy { get; } = new(LifeStageKind.PlanningPregnancy, null, null, null, null);
    public static LifeStage PostpartumNotBreastfeeding { get; } = new(LifeStageKind.PostpartumNotBreastfeeding, null, null, null, null);

    public static LifeStage Pregnant(DateOnly dueDate, DateOnly on)
    {
        var gestationalDays = Math.Clamp(PregnancyDays - (dueDate.DayNumber - on.DayNumber), 0, PregnancyDays + 21);
        var week = gestationalDays / 7;
        return new LifeStage(LifeStageKind.Pregnant, TrimesterOf(week), week, null, null);
    }

    public static LifeStage Breastfeeding(DateOnly babyBirthDate, FeedingMode mode, DateOnly on) =>
        new(LifeStageKind.Breastfeeding, null, null, mode, Math.Max(0, (on.DayNumber - babyBirthDate.DayNumber) / 7));

    /// <summary>Weeks 0–13 are the first trimester, 14–27 the second, 28 on the third.</summary>
    public static int TrimesterOf(int gestationalWeek) => gestationalWeek switch
    {
        < 14 => 1,
        < 28 => 2,
        _ => 3,
    };

    public static LifeStage From(MotherProfile profile, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.StageKind switch
        {
            LifeStageKind.Pregnant when profile.DueDate is { } due => Pregnant(due, on),
            LifeStageKind.Pregnant => new LifeStage(LifeStageKind.Pregnant, null, null, null, null),
            LifeStageKind.Breastfeeding when profile.BabyBirthDate is { } birth => Breastfeeding(birth, profile.FeedingMode, on),
            LifeStageKind.Breastfeeding => new LifeStage(LifeStageKind.Breastfeeding, null, null, profile.FeedingMode, null),
            LifeStageKind.PostpartumNotBreastfeeding => PostpartumNotBreastfeeding,
            _ => PlanningPregnancy,
        };
    }

    public string Describe() => Kind switch
    {
        LifeStageKind.Pregnant when GestationalWeek is { } week => $"Pregnant, week {week} (trimester {Trimester})",
        LifeStageKind.Pregnant => "Pregnant",
        LifeStageKind.Breastfeeding => $"Breastfeeding ({(FeedingMode == Profiles.FeedingMode.Partial ? "partial" : "exclusive")})"
            + (BabyAgeWeeks is { } age ? $", baby {age} weeks" : string.Empty),
        LifeStageKind.PostpartumNotBreastfeeding => "Postpartum, not breastfeeding",
        _ => "Planning a pregnancy",
    };
}
