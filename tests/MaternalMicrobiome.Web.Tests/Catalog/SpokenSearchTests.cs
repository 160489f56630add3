using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>Searching the real seeded catalog as people say a food: filler words never empty the list, common names find their food.</summary>
public sealed class SpokenSearchTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<List<string>> NamesAsync(string query) =>
        (await factory.Services.GetRequiredService<CatalogIndex>().GetAsync()).Search(query, 10).Select(f => f.Name).ToList();

    [Theory]
    [InlineData("black coffee", "Coffee, brewed")]
    [InlineData("cup of coffee", "Coffee, brewed")]
    [InlineData("a cup of black coffee", "Coffee, brewed")]
    [InlineData("coffee", "Coffee, brewed")]
    [InlineData("a glass of kefir", "Kefir, plain, lowfat")]
    [InlineData("a bowl of plain yogurt", "Yogurt, plain, whole milk")]
    public async Task Filler_words_do_not_empty_the_results_and_the_food_comes_first(string query, string first)
    {
        var names = await NamesAsync(query);

        Assert.NotEmpty(names);
        Assert.Equal(first, names[0]);
    }

    [Fact]
    public async Task Kraut_finds_sauerkraut_first_not_kraft()
    {
        var names = await NamesAsync("kraut");

        Assert.StartsWith("Sauerkraut", names[0], StringComparison.Ordinal);
        Assert.Contains("Sauerkraut, raw, refrigerated (live)", names);
        Assert.DoesNotContain(names.Take(2), n => n.Contains("KRAFT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_filler_word_alone_is_still_searched()
    {
        var names = await NamesAsync("black");

        Assert.Contains(names, n => n.Contains("black", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_optional_word_is_one_normalized_word() =>
        Assert.All(FoodSearchIndex.OptionalWords, w => Assert.Equal([w], FoodSearchIndex.Words(w)));
}
