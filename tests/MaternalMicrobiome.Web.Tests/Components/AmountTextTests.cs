using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("0,25", 0.25)]
    [InlineData("0,250", 0.25)]
    [InlineData("0.250", 0.25)]
    [InlineData("1500", 1500)]
    [InlineData("2", 2)]
    [InlineData(" 12,75 ", 12.75)]
    [InlineData("1,5000", 1.5)]
    public void A_decimal_comma_reads_like_a_decimal_point(string typed, double expected)
    {
        Assert.True(AmountText.TryParse(typed, out var amount, out var error), error);
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("1,500")]
    [InlineData("1.500")]
    [InlineData("12,250")]
    public void Three_digits_after_one_separator_could_be_thousands_and_are_refused_with_both_readings(string typed)
    {
        Assert.False(AmountText.TryParse(typed, out _, out var error));
        Assert.StartsWith("Amount:", error, StringComparison.Ordinal);
        Assert.Contains("could mean", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_is_shown_back_with_a_point_and_no_grouping() => Assert.Equal("1500.25", AmountText.Show(1500.25));
}
