using System.Net;
using System.Net.Http.Json;
using MaternalMicrobiome.Web.Features.Catalog;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class FoodSearchApiTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task Search_answers_json_and_forgives_a_typo()
    {
        var foods = await factory.CreateClient().GetFromJsonAsync<List<FoodSearchResult>>(new Uri("/api/foods?search=lentl&take=5", UriKind.Relative));

        Assert.NotNull(foods);
        Assert.InRange(foods.Count, 1, 5);
        Assert.StartsWith("Lentils", foods[0].Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/foods", "search")]
    [InlineData("/api/foods?search=%20", "search")]
    [InlineData("/api/foods?search=kefir&take=0", "take")]
    [InlineData("/api/foods?search=kefir&take=51", "take")]
    [InlineData("/api/foods?search=kefir&take=ten", "take")]
    public async Task Bad_parameters_get_400_naming_the_parameter(string url, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblem>();
        Assert.NotNull(problem);
        Assert.True(problem.Errors.ContainsKey(parameter));
    }

    [Fact]
    public async Task A_search_text_longer_than_100_characters_is_refused()
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/api/foods?search={new string('a', 101)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private sealed record HttpValidationProblem(Dictionary<string, string[]> Errors);
}
