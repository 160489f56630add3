using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed class EvidencePageTests(AppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task Anonymous_visitor_sees_every_target_with_references_and_their_status()
    {
        await app.WithPageAsync("evidence", async page =>
        {
            await page.GotoAsync("evidence");
            await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The evidence behind every target");

            var targets = page.GetByTestId("evidence-target");
            await Expect(targets.First).ToBeVisibleAsync();
            var count = await targets.CountAsync();
            Assert.True(count >= 9, $"Expected a section for each of at least 9 targets, found {count}.");
            for (var i = 0; i < count; i++)
            {
                await Expect(targets.Nth(i).Locator("h3")).Not.ToBeEmptyAsync();
            }

            var references = page.GetByTestId("reference");
            await Expect(references.First).ToBeVisibleAsync();
            await Expect(references.Filter(new() { Has = page.Locator(".mud-chip", new() { HasText = "Unverified" }) })).Not.ToHaveCountAsync(0);
            await Expect(references.Filter(new() { Has = page.Locator(".mud-chip", new() { HasText = "Citation corrected" }) })).Not.ToHaveCountAsync(0);

            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("evidence.png"), FullPage = true });
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);
        });
    }
}
