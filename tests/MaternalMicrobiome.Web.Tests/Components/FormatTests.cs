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

    [Theory]
    [InlineData(2.599, "2.59", "2.59 µg")]
    [InlineData(14.96, "14.9", "14.9 µg")]
    [InlineData(1234.9, "1234", "1,234 µg")]
    [InlineData(0, "0", "0 µg")]
    public void A_nutrient_amount_is_rounded_down_the_same_in_a_csv_cell_and_on_screen(double value, string cell, string shown)
    {
        Assert.Equal(cell, NutrientFormat.Number(value));
        Assert.Equal(shown, NutrientFormat.Amount(value, "µg"));
    }
}
