using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class FormatTests
{
    [Fact]
    public void A_goal_just_missed_never_reads_as_reached()
    {
        var prebiotic = SampleDay.Score((SampleDay.Lentils, 198)).For(Metric.PrebioticServings)!;

        Assert.False(prebiotic.Met);
        Assert.Equal("1.9 servings", Format.Actual(prebiotic));
    }

    [Fact]
    public void A_met_goal_reads_as_usual()
    {
        var prebiotic = SampleDay.Score((SampleDay.Lentils, 200)).For(Metric.PrebioticServings)!;

        Assert.True(prebiotic.Met);
        Assert.Equal("2 servings", Format.Actual(prebiotic));
    }

    [Theory]
    [InlineData(7.25, "7¼")]
    [InlineData(0.25, "¼")]
    [InlineData(0.5, "½")]
    [InlineData(2.75, "2¾")]
    [InlineData(8, "8")]
    [InlineData(0, "0")]
    public void Plants_read_in_whole_and_quarter_plants(double plants, string shown)
    {
        Assert.Equal(shown, Format.Plants(plants));
        Assert.Equal(shown, Format.Amount(plants, "plants"));
    }
}
