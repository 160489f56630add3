using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Profiles;

/// <summary>The life stage on a date: trimesters from the due date, the baby's age from the birth date.</summary>
public sealed class LifeStageTests
{
    private static readonly DateOnly On = TestStages.Today;

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(13, 1)]
    [InlineData(14, 2)]
    [InlineData(20, 2)]
    [InlineData(27, 2)]
    [InlineData(28, 3)]
    [InlineData(40, 3)]
    public void The_trimester_follows_the_gestational_week(int week, int trimester)
    {
        var stage = LifeStage.Pregnant(TestStages.DueDateForWeek(week, On), On);

        Assert.Equal(LifeStageKind.Pregnant, stage.Kind);
        Assert.Equal(week, stage.GestationalWeek);
        Assert.Equal(trimester, stage.Trimester);
    }

    [Theory]
    [InlineData(13, 1)]
    [InlineData(14, 2)]
    [InlineData(27, 2)]
    [InlineData(28, 3)]
    public void TrimesterOf_puts_weeks_0_to_13_first_14_to_27_second_and_28_on_third(int week, int trimester)
    {
        Assert.Equal(trimester, LifeStage.TrimesterOf(week));
    }

    [Fact]
    public void The_last_day_of_week_13_is_still_the_first_trimester()
    {
        // 13 weeks 6 days = day 97 of 280: the due date is 183 days away.
        var stage = LifeStage.Pregnant(On.AddDays(280 - 97), On);

        Assert.Equal(13, stage.GestationalWeek);
        Assert.Equal(1, stage.Trimester);
    }

    [Fact]
    public void The_trimester_moves_on_as_the_date_advances()
    {
        var profile = new MotherProfile
        {
            UserId = "mother-1",
            StageKind = LifeStageKind.Pregnant,
            DueDate = TestStages.DueDateForWeek(14, On), // week 14 starts today
        };

        Assert.Equal((13, 1), Describe(profile.StageOn(On.AddDays(-1))));
        Assert.Equal((14, 2), Describe(profile.StageOn(On)));
        Assert.Equal((27, 2), Describe(profile.StageOn(On.AddDays((14 * 7) - 1))));
        Assert.Equal((28, 3), Describe(profile.StageOn(On.AddDays(14 * 7))));
        Assert.Equal((40, 3), Describe(profile.StageOn(profile.DueDate.Value)));
    }

    [Fact]
    public void A_date_before_the_pregnancy_began_is_week_0()
    {
        var stage = LifeStage.Pregnant(On.AddDays(400), On);

        Assert.Equal(0, stage.GestationalWeek);
        Assert.Equal(1, stage.Trimester);
    }

    [Fact]
    public void A_pregnancy_past_its_due_date_is_capped_at_43_weeks()
    {
        var stage = LifeStage.Pregnant(On.AddDays(-60), On);

        Assert.Equal(43, stage.GestationalWeek);
        Assert.Equal(3, stage.Trimester);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(6, 0)]
    [InlineData(7, 1)]
    [InlineData(20, 2)]
    [InlineData(21, 3)]
    [InlineData(70, 10)]
    public void Breastfeeding_counts_the_baby_age_in_whole_weeks(int daysSinceBirth, int weeks)
    {
        var stage = LifeStage.Breastfeeding(On.AddDays(-daysSinceBirth), FeedingMode.Exclusive, On);

        Assert.True(stage.IsBreastfeeding);
        Assert.False(stage.IsPregnant);
        Assert.Equal(weeks, stage.BabyAgeWeeks);
        Assert.Equal(FeedingMode.Exclusive, stage.FeedingMode);
        Assert.Null(stage.Trimester);
    }

    [Fact]
    public void A_date_before_the_birth_gives_a_baby_age_of_0()
    {
        var stage = LifeStage.Breastfeeding(On.AddDays(10), FeedingMode.Partial, On);

        Assert.Equal(0, stage.BabyAgeWeeks);
    }

    [Fact]
    public void A_breastfeeding_profile_ages_the_baby_with_the_date()
    {
        var profile = new MotherProfile
        {
            UserId = "mother-2",
            StageKind = LifeStageKind.Breastfeeding,
            BabyBirthDate = On,
            FeedingMode = FeedingMode.Partial,
        };

        Assert.Equal(0, profile.StageOn(On).BabyAgeWeeks);
        Assert.Equal(4, profile.StageOn(On.AddDays(28)).BabyAgeWeeks);
        Assert.Equal(FeedingMode.Partial, profile.StageOn(On).FeedingMode);
        Assert.Equal("Breastfeeding (partial), baby 4 weeks", profile.StageOn(On.AddDays(30)).Describe());
    }

    [Fact]
    public void A_pregnant_profile_without_a_due_date_has_no_trimester()
    {
        var stage = new MotherProfile { UserId = "mother-3", StageKind = LifeStageKind.Pregnant }.StageOn(On);

        Assert.True(stage.IsPregnant);
        Assert.Null(stage.Trimester);
        Assert.Null(stage.GestationalWeek);
        Assert.Equal("Pregnant", stage.Describe());
    }

    [Theory]
    [InlineData(LifeStageKind.PlanningPregnancy, "Planning a pregnancy")]
    [InlineData(LifeStageKind.PostpartumNotBreastfeeding, "Postpartum, not breastfeeding")]
    public void Stages_without_dates_are_described_plainly(LifeStageKind kind, string description)
    {
        var stage = new MotherProfile { UserId = "mother-4", StageKind = kind }.StageOn(On);

        Assert.Equal(kind, stage.Kind);
        Assert.False(stage.IsPregnant);
        Assert.False(stage.IsBreastfeeding);
        Assert.Equal(description, stage.Describe());
    }

    [Fact]
    public void A_pregnancy_is_described_with_its_week_and_trimester()
    {
        Assert.Equal("Pregnant, week 20 (trimester 2)", TestStages.PregnantTrimester2.Describe());
    }

    private static (int? Week, int? Trimester) Describe(LifeStage stage) => (stage.GestationalWeek, stage.Trimester);
}
