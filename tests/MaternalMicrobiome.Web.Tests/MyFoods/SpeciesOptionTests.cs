using MaternalMicrobiome.Web.Features.MyFoods;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

public sealed class SpeciesOptionTests
{
    private static readonly SpeciesOption Brassica = new("brassica-oleracea", "Broccoli & cabbage", ["Kale, raw", "Broccoli, raw", "Cabbage, green, raw", "Cauliflower, raw"]);

    [Theory]
    [InlineData("cabbage")]
    [InlineData("BROCC")]
    [InlineData("oleracea")]
    [InlineData("broccoli &")]
    public void A_species_is_found_by_its_name_its_key_or_any_food_that_carries_it(string typed) => Assert.True(Brassica.Matches(typed));

    [Fact]
    public void It_reads_as_its_common_name_with_a_few_of_its_foods()
    {
        Assert.Equal("Broccoli & cabbage (Kale, raw; Broccoli, raw; Cabbage, green, raw and 1 more)", Brassica.Label);
        Assert.False(Brassica.Matches("onion"));
        Assert.True(new SpeciesOption("secale-cereale", "Secale cereale", []).IsNew);
    }
}
