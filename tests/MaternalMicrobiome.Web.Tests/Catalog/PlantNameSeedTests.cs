using System.Globalization;
using CsvHelper;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>seeds/plant-species.csv, as the app loads it, names every species key of the catalog once.</summary>
public sealed class PlantNameSeedTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    private static List<FoodSeedRow> Foods()
    {
        using var reader = new StreamReader(Path.Combine(Seeds, SeedLoader.FoodsFile));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<FoodSeedRow>().ToList();
    }

    [Fact]
    public void Every_species_key_in_the_catalog_has_a_common_name()
    {
        var names = SeedLoader.ReadPlantNames(Seeds);
        var keys = Foods().SelectMany(f => CatalogCodes.SplitList(f.PlantSpecies)).ToHashSet(StringComparer.Ordinal);

        Assert.True(keys.Count > 250, $"{keys.Count} species keys");
        Assert.Empty(keys.Where(key => !names.Knows(key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_two_keys_share_a_name_and_the_familiar_ones_read_as_a_mother_says_them()
    {
        var names = SeedLoader.ReadPlantNames(Seeds);
        var all = names.Keys.Select(names.For).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(all, name => Assert.DoesNotMatch("^[a-z]+(-[a-z]+)+$", name));
        Assert.Equal("Onion", names.For("allium-cepa"));
        Assert.Equal("Coffee", names.For("coffea-arabica"));
        Assert.Equal("Cocoa", names.For("theobroma-cacao"));
        Assert.Equal("Tea", names.For("camellia-sinensis"));
        Assert.Equal("Garlic", names.For("allium-sativum"));
        Assert.Equal("Lentil", names.For("lens-culinaris"));
    }

    [Fact]
    public void A_file_that_names_a_key_twice_is_refused_at_start()
    {
        var folder = Directory.CreateTempSubdirectory("plant-names-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, SeedLoader.PlantNamesFile), "key,common_name\nallium-cepa,Onion\nallium-fistulosum,Onion\n");
            var error = Assert.Throws<SeedException>(() => SeedLoader.ReadPlantNames(folder.FullName));
            Assert.Contains("Onion", error.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder.FullName, SeedLoader.PlantNamesFile), "key,common_name\nOnion,allium-cepa\n");
            Assert.Contains("line 2", Assert.Throws<SeedException>(() => SeedLoader.ReadPlantNames(folder.FullName)).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
