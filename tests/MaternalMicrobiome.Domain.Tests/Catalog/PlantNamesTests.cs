using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

/// <summary>Species keys read as common names, and a key without one reads as its botanical name, never raw.</summary>
public sealed class PlantNamesTests
{
    private static readonly PlantNames Names = new(
    [
        new("allium-cepa", "Onion"),
        new("coffea-arabica", "Coffee"),
        new("lens-culinaris", "Lentil"),
    ]);

    [Theory]
    [InlineData("allium-cepa", true, "Onion")]
    [InlineData("coffea-arabica", true, "Coffee")]
    [InlineData("lens-culinaris", true, "Lentil")]
    [InlineData("theobroma-cacao", false, "Theobroma cacao")]
    [InlineData("vaccinium-vitis-idaea", false, "Vaccinium vitis idaea")]
    [InlineData("Allium-Cepa", false, "Allium Cepa")] // keys match exactly (ordinal), as the scorer counts them
    [InlineData(" x ", false, "X")]
    [InlineData("", false, "")]
    public void A_key_reads_as_its_common_name_or_else_its_botanical_name(string key, bool known, string shown)
    {
        Assert.Equal(known, Names.Knows(key));
        Assert.Equal(shown, Names.For(key));
    }

    [Fact]
    public void A_list_of_keys_reads_as_one_line_of_names() =>
        Assert.Equal("Lentil, Onion, Theobroma cacao", Names.List(["lens-culinaris", "allium-cepa", "theobroma-cacao"]));

    [Fact]
    public void The_empty_set_reads_every_key_as_its_botanical_name()
    {
        Assert.Equal(0, PlantNames.Empty.Count);
        Assert.Equal("Allium cepa", PlantNames.Empty.For("allium-cepa"));
    }

    [Fact]
    public void A_key_or_a_name_given_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PlantNames([new("allium-cepa", "Onion"), new("allium-cepa", "Shallot")]));
        Assert.Throws<ArgumentException>(() => new PlantNames([new("allium-cepa", "Onion"), new("allium-fistulosum", "onion")]));
        Assert.Throws<ArgumentException>(() => new PlantNames([new("allium-cepa", " ")]));
    }
}
