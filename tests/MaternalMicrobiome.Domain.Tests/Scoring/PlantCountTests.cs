using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

public sealed class PlantCountTests
{
    [Theory]
    [InlineData(7.25, "7¼")]
    [InlineData(0.25, "¼")]
    [InlineData(0.5, "½")]
    [InlineData(2.75, "2¾")]
    [InlineData(8, "8")]
    [InlineData(0, "0")]
    [InlineData(3.9999999999, "4")]
    public void Plants_read_in_whole_and_quarter_plants(double plants, string shown) =>
        Assert.Equal(shown, PlantCount.Format(plants));
}
