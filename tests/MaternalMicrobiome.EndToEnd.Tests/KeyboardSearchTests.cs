using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>Food search from the keyboard alone, at a typist's speed: no waiting between Tab and the first letter.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class KeyboardSearchTests(AppFixture app)
{
    [Fact]
    public async Task Typing_straight_after_Tab_keeps_every_letter_ArrowDown_Enter_chooses_the_first_result_and_Add_shows_a_focus_ring()
    {
        await app.WithPageAsync("keyboard-search", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            await today.WaitUntilInteractiveAsync();

            // The next-day arrow is the control before the search box: Tab, then type at once.
            await page.GetByTestId("next-day").FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("kefir");

            await Expect(today.SearchBox).ToHaveValueAsync("kefir");
            await Expect(today.Results.First).ToBeVisibleAsync();
            var first = (await today.Results.First.Locator(".search-item span").First.TextContentAsync())?.Trim() ?? string.Empty;
            Assert.StartsWith("Kefir", first, StringComparison.Ordinal);

            await page.Keyboard.PressAsync("ArrowDown");
            await page.Keyboard.PressAsync("Enter");

            await Expect(today.SearchBox).ToHaveValueAsync(first);
            var add = page.GetByTestId("add-entry");
            await Expect(add).ToBeEnabledAsync();

            // Reached from the keyboard, Add shows a ring, not only MudBlazor's faint shade.
            await add.FocusAsync();
            Assert.Equal("solid", await add.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle"));
        });
    }
}
