using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed class MotherJourneyTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Mother_registers_logs_three_foods_and_sees_the_score_rise()
    {
        await app.WithPageAsync("mother-journey", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page, daysToDue: 120);

            await Expect(today.EmptyDay).ToBeVisibleAsync();
            await Expect(today.Entries).ToHaveCountAsync(0);
            await Expect(today.OverallScore).ToHaveTextAsync("0");
            var score = await today.ReadOverallScoreAsync();

            // A typo on purpose: "lentl" must still find lentils.
            await today.AddFoodAsync("lentl", "Lentils, cooked", unit: "grams", amount: 200);
            await Expect(today.EmptyDay).Not.ToBeAttachedAsync();
            await Expect(today.Entries.Filter(new() { HasText = "Lentils, cooked" })).ToContainTextAsync("200 g");
            score = await AssertScoreRoseAsync(today, score, "Lentils, cooked");

            await today.AddFoodAsync("kefir", "Kefir, plain, lowfat");
            score = await AssertScoreRoseAsync(today, score, "Kefir, plain, lowfat");

            await today.AddFoodAsync("banana", "Banana, raw");
            await AssertScoreRoseAsync(today, score, "Banana, raw");
            await Expect(today.Entries).ToHaveCountAsync(3);

            var fiber = today.Target("Fiber");
            await Expect(fiber.GetByTestId("target-value")).ToContainTextAsync("g");
            var details = (await today.OpenTargetAsync("Fiber")).GetByTestId("target-details");
            await Expect(details).ToBeVisibleAsync();
            await Expect(details.GetByTestId("contributions")).ToContainTextAsync("Lentils, cooked");
            await Expect(details.GetByTestId("contributions")).ToContainTextAsync("Banana, raw");
            await Expect(details.GetByTestId("reference").First).ToBeVisibleAsync();

            // The "Added." snackbar hides itself after a few seconds; keep it out of the screenshots and the scan.
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("today-desktop.png"), FullPage = true });
            await page.SetViewportSizeAsync(390, 844);
            await Expect(today.OverallScore).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("today-phone.png"), FullPage = true });

            await page.SetViewportSizeAsync(1280, 900);
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);
        });
    }

    private async Task<int> AssertScoreRoseAsync(TodayPage today, int before, string food)
    {
        var after = await today.ReadOverallScoreAsync();
        output.WriteLine($"Score after {food}: {before} -> {after}");
        Assert.True(after > before, $"The overall score should rise after logging {food}, but went from {before} to {after}.");
        return after;
    }
}
