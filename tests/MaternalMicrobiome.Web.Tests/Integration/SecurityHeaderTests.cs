using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed partial class SecurityHeaderTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [GeneratedRegex("<script type=\"importmap\" nonce=\"(?<nonce>[^\"]+)\"")]
    private static partial Regex ImportMapNonce();

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex PolicyNonce();

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/evidence")]
    [InlineData("/api/foods?search=kefir")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_inline_import_map_carries_the_nonce_of_its_own_response_and_nonces_differ_per_request()
    {
        using var client = factory.CreateClient();

        var first = await NoncesAsync(client);
        var second = await NoncesAsync(client);

        Assert.Equal(first.Policy, first.Page);
        Assert.Equal(second.Policy, second.Page);
        Assert.NotEqual(first.Policy, second.Policy);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_in_production_only()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var productionClient = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://nourishing.example") });
        using var developmentClient = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://nourishing.example") });

        using var inProduction = await productionClient.GetAsync(new Uri("/health", UriKind.Relative));
        using var inDevelopment = await developmentClient.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Contains("max-age=", Assert.Single(inProduction.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(inDevelopment.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<(string Policy, string Page)> NoncesAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var policy = PolicyNonce().Match(Assert.Single(response.Headers.GetValues("Content-Security-Policy"))).Groups["nonce"].Value;
        var page = System.Net.WebUtility.HtmlDecode(ImportMapNonce().Match(html).Groups["nonce"].Value);
        Assert.NotEmpty(policy);
        return (policy, page);
    }
}
