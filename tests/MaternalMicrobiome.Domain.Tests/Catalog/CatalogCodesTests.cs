using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

/// <summary>The kebab-case codes of seed files and CSV, parsed and printed in one place.</summary>
public sealed class CatalogCodesTests
{
    [Fact]
    public void ParseFlags_reads_a_semicolon_list()
    {
        var (value, unknown) = CatalogCodes.ParseFlags("red-orange; green ;white-tan", CatalogCodes.Colours);

        Assert.Equal(PlantColours.RedOrange | PlantColours.Green | PlantColours.WhiteTan, value);
        Assert.Empty(unknown);
    }

    [Fact]
    public void ParseFlags_ignores_case()
    {
        var (value, unknown) = CatalogCodes.ParseFlags("High-Mercury-Fish;ALCOHOL", CatalogCodes.PregnancyRisks);

        Assert.Equal(PregnancyRisks.HighMercuryFish | PregnancyRisks.Alcohol, value);
        Assert.Empty(unknown);
    }

    [Fact]
    public void ParseFlags_reports_unknown_codes_and_keeps_the_known_ones()
    {
        var (value, unknown) = CatalogCodes.ParseFlags("milk;lupin;soy;celery", CatalogCodes.Allergens);

        Assert.Equal(Allergens.Milk | Allergens.Soy, value);
        Assert.Equal(["lupin", "celery"], unknown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";;")]
    public void ParseFlags_reads_nothing_from_an_empty_list(string? text)
    {
        var (value, unknown) = CatalogCodes.ParseFlags(text, CatalogCodes.DietTags);

        Assert.Equal(DietTags.None, value);
        Assert.Empty(unknown);
    }

    [Fact]
    public void FormatFlags_prints_the_codes_in_catalog_order()
    {
        Assert.Equal("red-orange;green", CatalogCodes.FormatFlags(PlantColours.Green | PlantColours.RedOrange, CatalogCodes.Colours));
        Assert.Equal("soft-cheese", CatalogCodes.FormatFlags(PregnancyRisks.SoftCheese, CatalogCodes.PregnancyRisks));
        Assert.Equal(string.Empty, CatalogCodes.FormatFlags(Allergens.None, CatalogCodes.Allergens));
    }

    [Fact]
    public void Every_colour_combination_round_trips()
    {
        AssertRoundTrips(CatalogCodes.Colours);
    }

    [Fact]
    public void Every_pregnancy_risk_combination_round_trips()
    {
        AssertRoundTrips(CatalogCodes.PregnancyRisks);
    }

    [Fact]
    public void Every_allergen_combination_round_trips()
    {
        AssertRoundTrips(CatalogCodes.Allergens);
    }

    [Fact]
    public void Every_diet_tag_combination_round_trips()
    {
        AssertRoundTrips(CatalogCodes.DietTags);
    }

    [Fact]
    public void Every_named_flag_has_a_code()
    {
        AssertEveryFlagHasACode(CatalogCodes.Colours);
        AssertEveryFlagHasACode(CatalogCodes.PregnancyRisks);
        AssertEveryFlagHasACode(CatalogCodes.Allergens);
        AssertEveryFlagHasACode(CatalogCodes.DietTags);
    }

    [Fact]
    public void SplitList_trims_and_drops_empty_items()
    {
        Assert.Equal(["a", "b c", "d"], CatalogCodes.SplitList(" a ;; b c ;d;"));
        Assert.Empty(CatalogCodes.SplitList(null));
    }

    private static void AssertRoundTrips<TFlags>(IReadOnlyDictionary<string, TFlags> codes)
        where TFlags : struct, Enum
    {
        var all = codes.Values.Aggregate(0L, (mask, flag) => mask | Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture));
        for (var bits = 0L; bits <= all; bits++)
        {
            if ((bits & ~all) != 0)
            {
                continue;
            }

            var value = (TFlags)Enum.ToObject(typeof(TFlags), bits);
            var text = CatalogCodes.FormatFlags(value, codes);
            var (parsed, unknown) = CatalogCodes.ParseFlags(text, codes);

            Assert.Equal(value, parsed);
            Assert.Empty(unknown);
        }
    }

    private static void AssertEveryFlagHasACode<TFlags>(IReadOnlyDictionary<string, TFlags> codes)
        where TFlags : struct, Enum
    {
        var named = Enum.GetValues<TFlags>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0);

        Assert.All(named, flag => Assert.Contains(flag, codes.Values));
    }
}
