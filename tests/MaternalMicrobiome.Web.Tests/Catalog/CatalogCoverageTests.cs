using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>
/// The curated catalog's coverage figures (seeds/curation/README.md), checked on the seed file the app loads.
/// </summary>
public sealed partial class CatalogCoverageTests
{
    private static readonly HashSet<string> PlantGroups =
    [
        "Vegetables and Vegetable Products", "Fruits and Fruit Juices", "Legumes and Legume Products", "Nut and Seed Products",
        "Cereal Grains and Pasta", "Spices and Herbs",
    ];

    private static readonly Lazy<List<FoodSeedRow>> Rows = new(() =>
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "seeds", SeedLoader.FoodsFile));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<FoodSeedRow>().ToList();
    });

    [GeneratedRegex(@"\b(flour|juice|oil|sugar|syrup|starch|bran|germ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefinedPattern();

    [GeneratedRegex(@"\b(juice|oil|sugar|syrup)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoSpeciesPattern();

    [GeneratedRegex(@"\bflour\b.*\b(white|all-purpose|bread|enriched|cake|self-rising)\b|\b(white|all-purpose|bread|enriched|cake|self-rising)\b.*\bflour\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefinedFlourPattern();

    [Fact]
    public void The_catalog_holds_every_usda_sr28_food_and_the_added_fermented_foods()
    {
        Assert.Equal(8789, Rows.Value.Count(r => r.Key.StartsWith("usda-", StringComparison.Ordinal)));
        string[] added = ["mm-kombucha", "mm-water-kefir", "mm-kvass", "mm-sauerkraut-live", "mm-kimchi-live", "mm-coconut-yogurt-live", "mm-oat-yogurt-live"];
        Assert.All(added, key =>
        {
            var row = Assert.Single(Rows.Value, r => r.Key == key);
            Assert.True(row.Fermented && row.LiveCultures, key);
            Assert.Contains("estimate", row.CurationNote ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void At_least_95_percent_of_whole_plant_foods_carry_a_species()
    {
        var whole = Rows.Value.Where(r => PlantGroups.Contains(r.FoodGroup) && r.Nova == 1 && !RefinedPattern().IsMatch(r.Name)).ToList();
        var withSpecies = whole.Count(r => CatalogCodes.SplitList(r.PlantSpecies).Count > 0);

        Assert.True(whole.Count > 1000, $"{whole.Count} whole plant foods");
        Assert.True(withSpecies >= 0.95 * whole.Count, $"{withSpecies} of {whole.Count} whole plant foods carry a species");
    }

    [Fact]
    public void Refined_flours_sugars_oils_and_juices_carry_no_species()
    {
        var offenders = Rows.Value
            .Where(r => (NoSpeciesPattern().IsMatch(r.Name) || RefinedFlourPattern().IsMatch(r.Name)) && CatalogCodes.SplitList(r.PlantSpecies).Count > 0)
            .Select(r => r.Name)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_fruit_and_vegetable_with_a_species_has_a_colour()
    {
        var offenders = Rows.Value
            .Where(r => r.FoodGroup is "Fruits and Fruit Juices" or "Vegetables and Vegetable Products")
            .Where(r => CatalogCodes.SplitList(r.PlantSpecies).Count > 0 && CatalogCodes.SplitList(r.Colours).Count == 0)
            .Select(r => r.Name)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Live_culture_foods_are_fermented_and_have_a_serving()
    {
        var live = Rows.Value.Where(r => r.LiveCultures).ToList();

        Assert.True(live.Count >= 20, $"{live.Count} live-culture foods");
        Assert.All(live, r => Assert.True(r.Fermented && r.ServingG > 0, r.Name));
    }

    [Fact]
    public void Alcoholic_drinks_and_the_high_mercury_fish_are_flagged()
    {
        Assert.All(Rows.Value.Where(r => r.AlcoholG > 0.5), r => Assert.Contains("alcohol", CatalogCodes.SplitList(r.SafetyFlags)));
        string[] highMercury = ["mackerel, king", "orange roughy", "shark", "swordfish", "tilefish"];
        Assert.All(highMercury, fish =>
        {
            var matches = Rows.Value.Where(r => r.FoodGroup == "Finfish and Shellfish Products" && r.Name.Contains(fish, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.NotEmpty(matches);
            Assert.All(matches, r => Assert.Contains("high-mercury-fish", CatalogCodes.SplitList(r.SafetyFlags)));
        });
    }

    [Fact]
    public void Added_sugars_that_are_estimates_say_so()
    {
        var sweetened = Rows.Value.Where(r => r.AddedSugarsG > 0).ToList();

        Assert.NotEmpty(sweetened);
        Assert.All(sweetened, r => Assert.True(r.AddedSugarsEstimated, r.Name));
    }
}
