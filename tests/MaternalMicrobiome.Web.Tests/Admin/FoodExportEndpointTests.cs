using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class FoodExportEndpointTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<HttpClient> SignedInAsync(string? role)
    {
        _ = factory.Server;
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is null)
        {
            return client;
        }

        var user = await Given.UserAsync(factory.Services, role);
        var login = await FormPoster.PostAsync(client, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    [Fact]
    public async Task An_admin_downloads_the_catalog_as_csv_with_the_seed_header()
    {
        var client = await SignedInAsync(Roles.Admin);

        var response = await client.GetAsync(new Uri(FoodAdminEndpoints.ExportPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var seedHeader = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "seeds", SeedLoader.FoodsFile)).First();
        Assert.StartsWith(seedHeader, csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("usda-16070", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Mother)]
    [InlineData(Roles.Nutritionist)]
    [InlineData(null)]
    public async Task Nobody_else_gets_the_export(string? role)
    {
        var client = await SignedInAsync(role);

        var response = await client.GetAsync(new Uri(FoodAdminEndpoints.ExportPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
