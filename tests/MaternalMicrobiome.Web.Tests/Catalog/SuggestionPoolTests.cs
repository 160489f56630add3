using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>The foods suggestions choose from, on the real seeded catalog.</summary>
public sealed class SuggestionPoolTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task Dry_beans_and_grains_give_way_to_their_cooked_or_canned_forms()
    {
        var pool = await factory.Services.GetRequiredService<CatalogIndex>().GetSuggestionPoolAsync();

        Assert.DoesNotContain(pool, Preparation.MustBeCookedFirst);
        Assert.DoesNotContain(pool, f => f.Name.StartsWith("Hyacinth beans", StringComparison.Ordinal));

        // Lentils and chickpeas are still offered, cooked or canned.
        Assert.Contains(pool, f => f.Name.StartsWith("Lentils", StringComparison.Ordinal));
        Assert.Contains(pool, f => f.Name.StartsWith("Chickpeas", StringComparison.Ordinal));
        Assert.Contains(pool, f => f.FoodGroup == "Cereal Grains and Pasta");
        Assert.DoesNotContain(pool, f => f.Name == "Barley, hulled");
    }

    [Fact]
    public async Task Wild_and_traditional_foods_of_a_region_give_way_to_what_shops_sell()
    {
        var pool = await factory.Services.GetRequiredService<CatalogIndex>().GetSuggestionPoolAsync();

        Assert.DoesNotContain(pool, Availability.IsGatheredRegionally);
        Assert.DoesNotContain(pool, f => f.Name.StartsWith("Rose Hips", StringComparison.Ordinal));

        // Raspberries are still offered: the shop ones stand for the species.
        Assert.Contains(pool, f => f.Name == "Raspberries, raw");
    }
}
