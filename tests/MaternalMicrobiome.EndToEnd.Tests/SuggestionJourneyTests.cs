using System.Globalization;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed class SuggestionJourneyTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Mother_accepts_a_suggestion_and_sees_the_weeks_plants()
    {
        await app.WithPageAsync("suggestion-journey", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            await today.AddFoodAsync("lentils", "Lentils, cooked");

            var suggestions = page.GetByTestId("suggestion");
            await Expect(suggestions.First).ToBeVisibleAsync();
            var entriesBefore = await today.Entries.CountAsync();
            var scoreBefore = await today.ReadOverallScoreAsync();
            var suggested = (await suggestions.First.Locator(".entry-name").TextContentAsync())?.Trim() ?? string.Empty;
            output.WriteLine($"First suggestion: {suggested}; {entriesBefore} entries, score {scoreBefore}.");

            await suggestions.First.GetByTestId("accept-suggestion").ClickAsync();
            await Expect(today.Entries).ToHaveCountAsync(entriesBefore + 1);
            await Expect(today.Entries.Filter(new() { HasText = suggested })).Not.ToHaveCountAsync(0);
            var scoreAfter = await today.ReadOverallScoreAsync();
            output.WriteLine($"Score after accepting {suggested}: {scoreBefore} -> {scoreAfter}");
            Assert.True(scoreAfter >= scoreBefore, $"Accepting the suggestion {suggested} should not lower the score, but it went from {scoreBefore} to {scoreAfter}.");

            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await Expect(suggestions.First).ToBeVisibleAsync();
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await Expect(page.GetByTestId("suggestions")).ToBeInViewportAsync();
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("suggestions.png"), FullPage = true });

            await page.GotoAsync("week");
            await today.WaitUntilInteractiveAsync();
            var total = page.GetByTestId("plant-total");
            await Expect(total).ToBeVisibleAsync();
            var plants = double.Parse((await total.TextContentAsync())?.Trim() ?? string.Empty, NumberStyles.Float, CultureInfo.InvariantCulture);
            output.WriteLine($"Plants this week: {plants}");
            Assert.True(plants >= 2, $"After lentils and {suggested}, the week should count at least 2 plants, but shows {plants}.");
            await Expect(page.Locator("[data-testid=week-plant][data-new=true]")).Not.ToHaveCountAsync(0);
            await Expect(page.GetByTestId("fermented-streak")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("fiber-streak")).ToBeVisibleAsync();

            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("week.png"), FullPage = true });
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);
        });
    }
}
