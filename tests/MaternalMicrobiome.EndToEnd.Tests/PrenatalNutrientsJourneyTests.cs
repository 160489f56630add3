using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed class PrenatalNutrientsJourneyTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Mother_opens_her_prenatal_nutrients_on_a_phone_and_sees_them_in_the_week()
    {
        await app.WithPageAsync("prenatal-nutrients-journey", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            await today.AddFoodAsync("lentils", "Lentils, cooked");

            var toggle = page.GetByTestId("prenatal-toggle");
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
            await Expect(page.GetByTestId("prenatal-row")).ToHaveCountAsync(0);
            output.WriteLine($"Summary: {await page.GetByTestId("prenatal-summary").TextContentAsync()}");

            await page.SetViewportSizeAsync(390, 844);
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(page.GetByTestId("prenatal-row")).ToHaveCountAsync(9);
            await Expect(page.Locator("[data-testid=prenatal-row][data-nutrient=Choline] [data-testid=prenatal-status]")).ToHaveTextAsync("missed");
            await Expect(page.Locator("[data-testid=prenatal-row][data-nutrient=Iodine] [data-testid=prenatal-amount]")).ToHaveTextAsync("unknown");

            // On a phone the table scrolls inside its own box; the page itself never scrolls sideways.
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"The page is {overflow} px wider than the phone's screen.");

            // The picture for the user guide: the whole panel on a tall phone screen, once the "Added" message has gone.
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await page.SetViewportSizeAsync(390, 1200);
            var panel = page.GetByTestId("prenatal-nutrients");
            await panel.ScrollIntoViewIfNeededAsync();
            await panel.ScreenshotAsync(new() { Path = app.ScreenshotPath("prenatal-nutrients.png") });
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);

            // The suggestions add, after the gut-health ones, a food for a missed prenatal nutrient.
            var prenatalSuggestion = page.GetByTestId("suggestion").Filter(new() { HasText = "for missed prenatal nutrients" });
            await Expect(prenatalSuggestion.First).ToBeVisibleAsync();
            output.WriteLine($"Suggestions: {string.Join(" | ", await page.GetByTestId("suggestion").AllInnerTextsAsync())}");

            await page.GotoAsync("week");
            await today.WaitUntilInteractiveAsync();
            await Expect(page.GetByTestId("week-prenatal-row")).ToHaveCountAsync(9);
            await Expect(page.GetByTestId("week-prenatal-days")).ToContainTextAsync("1 day with food logged");
        });
    }
}
