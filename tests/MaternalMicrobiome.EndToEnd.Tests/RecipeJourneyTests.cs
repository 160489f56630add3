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
            var form = await RecipeForm.OpenNewAsync(page, recipeName);
            var servings = RecipeForm.InputOf(form, "servings");
            await servings.FillAsync("2");
            await servings.PressAsync("Tab");
            await Expect(servings).ToHaveValueAsync("2");

            await RecipeForm.AddIngredientAsync(page, form, "lentils", "Lentils, cooked", 200);
            await RecipeForm.AddIngredientAsync(page, form, "onion", "Onion, raw", 80);
            await Expect(form.GetByTestId("total-grams")).ToHaveTextAsync("280 g");
            await Expect(form.GetByTestId("serving-grams")).ToHaveTextAsync("140 g");
            await Expect(form.GetByTestId("plant-count")).ToHaveTextAsync("2");
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("my-foods.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });

            await RecipeForm.SaveAsync(page, form, recipeName);

            await page.GotoAsync("today");
            await today.WaitUntilInteractiveAsync();
            await today.AddFoodAsync(recipeName, recipeName);

            var plants = today.Target("PlantsPerDay");
            var contributions = (await today.OpenTargetAsync("PlantsPerDay")).GetByTestId("contributions");
            await Expect(contributions).ToBeVisibleAsync();
            output.WriteLine($"Plant contributions: {await contributions.InnerTextAsync()}");
            await Expect(contributions).ToContainTextAsync("Lentils, cooked");
            await Expect(contributions).ToContainTextAsync("Onion, raw");
            await Expect(plants.GetByTestId("target-value")).ToHaveTextAsync(new Regex(@"^\s*2 "));
        });
    }
}
