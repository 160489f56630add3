using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

/// <summary>The real page, prerendered over HTTP: only a signed-in mother gets it, and it lists her foods.</summary>
public sealed class MyFoodsPageTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = Browser();
        var response = await FormPoster.PostAsync(client, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in()
    {
        var response = await Browser().GetAsync(new Uri("/my-foods", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nutritionist_gets_her_recipe_library_with_her_recipes_and_no_one_elses()
    {
        _ = factory.Server;
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist))
        {
            var bread = await scope.ServiceProvider.GetRequiredService<MyFoodsService>().CreateCustomFoodAsync(TestFoods.Sourdough());
            await scope.ServiceProvider.GetRequiredService<MyFoodsService>().CreateRecipeAsync(TestFoods.Recipe("Practice rye toast", 1, (bread, 90)));
        }

        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            await scope.ServiceProvider.GetRequiredService<MyFoodsService>().CreateRecipeAsync(TestFoods.Recipe("A mother's own toast", 1, (await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey), 90)));
        }

        var response = await (await SignedInAsync(nutritionist)).GetAsync(new Uri("/my-foods", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("My recipe library", html, StringComparison.Ordinal);
        Assert.Contains("she receives her own copy", html, StringComparison.Ordinal);
        Assert.Contains("Recipes (1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A mother's own toast", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mother_sees_her_custom_foods_with_counts_on_both_tabs()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();
            var bread = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
            await myFoods.CreateRecipeAsync(TestFoods.Recipe("Rye toast", 1, (bread, 90)));
        }

        var response = await (await SignedInAsync(mother)).GetAsync(new Uri("/my-foods", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("My foods and recipes", html, StringComparison.Ordinal);
        Assert.Contains("Custom foods (1)", html, StringComparison.Ordinal);
        Assert.Contains("Recipes (1)", html, StringComparison.Ordinal);
        Assert.Contains("Grandma's rye sourdough", html, StringComparison.Ordinal);
        Assert.Contains("New custom food", html, StringComparison.Ordinal);
    }
}
