using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// The nutritionist's recipe library: she writes a recipe once in her library, finds it (marked "your library") when
/// planning a client's week, and the client finds her own copy among her foods, marked as from her nutritionist.
/// </summary>
public sealed partial class PracticeJourneyTests
{
    private const string LibraryClient = "Lina Library";
    private const string LibraryRecipe = "Practice kefir banana smoothie";

    [Fact]
    public async Task Nutritionist_writes_a_library_recipe_plans_it_for_a_client_who_receives_her_own_copy()
    {
        await app.WithPageAsync("recipe-library-journey", async coach =>
        {
            var mother = await app.NewPageAsync(390, 844);
            try
            {
                await RunLibraryJourneyAsync(coach, mother);
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                await SaveArtifactsAsync(mother, "recipe-library-journey-mother");
                throw;
            }
            finally
            {
                await mother.Context.CloseAsync();
            }
        });
    }

    private async Task RunLibraryJourneyAsync(IPage coach, IPage mother)
    {
        await DemoNutritionist.LogInAsync(coach);
        var clientId = await LinkNewClientAsync(coach, mother, LibraryClient);

        // Her library is the My foods page under her menu's "Recipe library".
        await coach.GetByRole(AriaRole.Link, new() { Name = "Recipe library" }).ClickAsync();
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Name = "My recipe library", Level = 1 })).ToBeVisibleAsync();
        await InteractiveAsync(coach);
        var form = await RecipeForm.OpenNewAsync(coach, LibraryRecipe);
        await RecipeForm.AddIngredientAsync(coach, form, "kefir", "Kefir, plain, lowfat", 250);
        await RecipeForm.AddIngredientAsync(coach, form, "banana", "Banana, raw", 120);
        await RecipeForm.SaveAsync(coach, form, LibraryRecipe);
        await Expect(coach.GetByRole(AriaRole.Tab, new() { Name = "Recipes (1)" })).ToBeVisibleAsync();
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("recipe-library.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);

        // Planning the client's week, her search offers the recipe from her library.
        var monday = MondayOf(DateOnly.FromDateTime(DateTime.Today));
        await coach.GotoAsync($"clients/{Uri.EscapeDataString(clientId)}/plans");
        await InteractiveAsync(coach);
        await InputOf(coach, "new-plan-title").FillAsync("Library week");
        var week = InputOf(coach, "new-plan-week");
        await week.FillAsync(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await week.PressAsync("Tab");
        await coach.GetByTestId("create-plan").ClickAsync();
        await Expect(coach).ToHaveURLAsync(PlanUrl());
        await InteractiveAsync(coach);
        await InputOf(coach, "food-search").FillAsync("kefir banana smoothie");
        var offered = coach.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = coach.GetByText(LibraryRecipe, new() { Exact = true }) });
        await Expect(offered).ToContainTextAsync("your library");
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("plan-library-search.png"), Animations = ScreenshotAnimations.Disabled });
        await offered.ClickAsync();
        await Expect(InputOf(coach, "food-search")).ToHaveValueAsync(LibraryRecipe);
        var add = coach.GetByTestId("add-entry");
        await Expect(add).ToBeEnabledAsync();
        await add.ClickAsync();
        await Expect(coach.GetByTestId("planned-entry").Filter(new() { HasText = LibraryRecipe })).ToHaveCountAsync(1);
        await coach.GetByTestId("share-plan").ClickAsync();
        await Expect(coach.GetByTestId("plan-status")).ToHaveTextAsync("Shared");

        // The client sees the planned smoothie and finds her own copy among her recipes, marked as from her nutritionist.
        await mother.GotoAsync("plans");
        await InteractiveAsync(mother);
        await mother.GetByTestId("plan").Filter(new() { HasText = "Library week" }).GetByTestId("plan-link").ClickAsync();
        await Expect(mother).ToHaveURLAsync(PlanUrl());
        await Expect(mother.GetByTestId("planned-entry").Filter(new() { HasText = LibraryRecipe })).ToHaveCountAsync(1);
        await mother.GotoAsync("my-foods");
        await InteractiveAsync(mother);
        await mother.GetByRole(AriaRole.Tab, new() { Name = "Recipes (1)" }).ClickAsync();
        var copy = mother.GetByTestId("recipe").Filter(new() { HasText = LibraryRecipe });
        await Expect(copy.GetByTestId("from-library")).ToHaveTextAsync("From your nutritionist's recipe library");
        await Expect(copy).ToContainTextAsync("2 ingredients");
        await mother.ScreenshotAsync(new() { Path = app.ScreenshotPath("my-foods-from-library.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);
    }
}
