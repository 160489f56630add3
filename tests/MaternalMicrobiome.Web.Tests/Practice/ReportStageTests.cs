using FsCheck;
using FsCheck.Fluent;
using MaternalMicrobiome.Web.Features.Reports;

namespace MaternalMicrobiome.Web.Tests.Practice;

public sealed class ReportStageTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Theory]
    [InlineData(-30, 0)]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(6, 6)]
    [InlineData(7, 6)]
    [InlineData(300, 6)]
    public void The_stage_is_given_on_her_today_when_it_falls_in_the_week_else_on_the_nearer_end(int todayOffset, int expectedOffset) =>
        Assert.Equal(Start.AddDays(expectedOffset), ReportStage.DateFor(Start, Start.AddDays(6), Start.AddDays(todayOffset)));

    [Fact]
    public void The_date_is_always_a_day_of_the_week_and_her_today_whenever_it_can_be() =>
        Check.One(Config.QuickThrowOnFailure, Prop.ForAll(Gen.Choose(-1000, 1000).ToArbitrary(), Gen.Choose(-1000, 1000).ToArbitrary(), (startOffset, todayOffset) =>
        {
            var start = Start.AddDays(startOffset);
            var end = start.AddDays(WeeklyReportService.WeekDays - 1);
            var today = Start.AddDays(todayOffset);
            var on = ReportStage.DateFor(start, end, today);
            return on >= start && on <= end && (today < start || today > end || on == today);
        }));
}
