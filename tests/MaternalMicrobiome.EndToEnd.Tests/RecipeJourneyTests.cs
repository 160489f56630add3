using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed class RecipeJourneyTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Mother_creates_a_recipe_logs_a_serving_from_today_and_the_plant_target_shows_its_ingredients()
    {
        await app.WithPageAsync("recipe-journey", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            var recipeName = $"Dal {Guid.NewGuid().ToString("N")[..8]}";

            await page.GotoAsync("my-foods");
            await today.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "Recipes (0)" }).ClickAsync();
            await page.GetByTestId("new-recipe").ClickAsync();
            var form = page.GetByTestId("recipe-form");
            await Expect(form).ToBeVisibleAsync();

            await InputOf(form, "recipe-name").FillAsync(recipeName);
            var servings = InputOf(form, "servings");
            await servings.FillAsync("2");
            await servings.PressAsync("Tab");
            await Expect(servings).ToHaveValueAsync("2");

            await AddIngredientAsync(page, form, "lentils", "Lentils, cooked", 200);
            await AddIngredientAsync(page, form, "onion", "Onion, raw", 80);
            await Expect(form.GetByTestId("total-grams")).ToHaveTextAsync("280 g");
            await Expect(form.GetByTestId("serving-grams")).ToHaveTextAsync("140 g");
            await Expect(form.GetByTestId("plant-count")).ToHaveTextAsync("2");
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("my-foods.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });

            await form.GetByTestId("save-recipe").ClickAsync();
            await Expect(form).Not.ToBeAttachedAsync();
            await Expect(page.GetByTestId("recipe").Filter(new() { HasText = recipeName })).ToHaveCountAsync(1);

            await page.GotoAsync("today");
            await today.WaitUntilInteractiveAsync();
            await today.AddFoodAsync(recipeName, recipeName);

            var plants = today.Target("PlantsPerDay");
            await plants.Locator(".mud-expand-panel-header").ClickAsync();
            await Expect(plants).ToHaveClassAsync(new Regex(@"\bmud-panel-expanded\b"));
            var contributions = plants.GetByTestId("contributions");
            await Expect(contributions).ToBeVisibleAsync();
            output.WriteLine($"Plant contributions: {await contributions.InnerTextAsync()}");
            await Expect(contributions).ToContainTextAsync("Lentils, cooked");
            await Expect(contributions).ToContainTextAsync("Onion, raw");
            await Expect(plants.GetByTestId("target-value")).ToHaveTextAsync(new Regex(@"^\s*2 "));
        });
    }

    private static async Task AddIngredientAsync(IPage page, ILocator form, string search, string foodName, double grams)
    {
        var before = await form.GetByTestId("ingredient").CountAsync();
        var input = InputOf(form, "ingredient-search");
        await input.FillAsync(search);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = page.GetByText(foodName, new() { Exact = true }) }).ClickAsync();
        await Expect(input).ToHaveValueAsync(foodName);

        var amount = InputOf(form, "ingredient-grams");
        await Expect(amount).ToBeEnabledAsync();
        var text = grams.ToString(CultureInfo.InvariantCulture);
        await amount.FillAsync(text);
        await amount.PressAsync("Tab");
        await Expect(amount).ToHaveValueAsync(text);

        await form.GetByTestId("add-ingredient").ClickAsync();
        var line = form.GetByTestId("ingredient");
        await Expect(line).ToHaveCountAsync(before + 1);
        await Expect(line.Filter(new() { HasText = foodName }).Locator("input")).ToHaveValueAsync(text);
    }

    /// <summary>The input of a Mud field; MudBlazor 9 puts the data-testid on the input itself, older versions on the wrapper.</summary>
    private static ILocator InputOf(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}
