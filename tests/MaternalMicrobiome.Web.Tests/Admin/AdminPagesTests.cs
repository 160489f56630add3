using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>The curation pages render for an admin (prerendered, through the real services) and turn everyone else away.</summary>
public sealed class AdminPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInAsync(string role)
    {
        _ = factory.Server;
        var user = await Given.UserAsync(factory.Services, role);
        var client = Browser();
        var response = await FormPoster.PostAsync(client, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Theory]
    [InlineData("/admin/foods", "Curate the food catalog")]
    [InlineData("/admin/foods/new", "New food")]
    [InlineData("/admin/foods/merge", "Merge duplicate foods")]
    [InlineData("/admin/references", "wastyk-2021")]
    [InlineData("/admin/references/new", "New reference")]
    [InlineData("/admin/audit", "Audit log")]
    public async Task An_admin_sees_each_curation_page(string path, string expected)
    {
        var client = await SignedInAsync(Roles.Admin);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_of_a_seeded_food_shows_its_values_and_portions()
    {
        var client = await SignedInAsync(Roles.Admin);
        var oatsId = await Given.FoodIdAsync(factory.Services, "usda-08120");

        var html = await client.GetStringAsync(new Uri($"/admin/foods/{oatsId}", UriKind.Relative));

        Assert.Contains("Oats, rolled, dry", html, StringComparison.Ordinal);
        Assert.Contains("avena-sativa = Oats", html, StringComparison.Ordinal);
        Assert.Contains("Portion 1 description", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Mother)]
    [InlineData(Roles.Nutritionist)]
    public async Task Other_roles_are_denied_the_curation_pages(string role)
    {
        var client = await SignedInAsync(role);

        foreach (var path in new[] { "/admin/foods", "/admin/foods/new", "/admin/references", "/admin/audit" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        var response = await Browser().GetAsync(new Uri("/admin/foods", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
