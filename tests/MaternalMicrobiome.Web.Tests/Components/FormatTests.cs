using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class FormatTests
{
    [Fact]
    public void A_goal_just_missed_never_reads_as_reached()
    {
        var prebiotic = Given.ScoredDay((TestFoods.Lentils, 198)).For(Metric.PrebioticServings)!;

        Assert.False(prebiotic.Met);
        Assert.Equal("1.9 servings", Format.Actual(prebiotic));
    }

    [Fact]
    public void A_met_goal_reads_as_usual()
    {
        var prebiotic = Given.ScoredDay((TestFoods.Lentils, 200)).For(Metric.PrebioticServings)!;

        Assert.True(prebiotic.Met);
        Assert.Equal("2 servings", Format.Actual(prebiotic));
    }

    [Fact]
    public void Plant_amounts_read_in_quarter_plants() =>
        Assert.Equal("7¼", Format.Amount(7.25, "plants"));
}
