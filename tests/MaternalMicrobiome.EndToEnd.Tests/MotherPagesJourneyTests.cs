using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// The mother's pages beyond logging one day: copying days and meals, trends, her export, her profile with dislikes,
/// and an axe scan of each page no other journey scans (Today and My week are scanned by the other journeys).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed partial class MotherPagesJourneyTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.Today).AddDays(-1);

    [GeneratedRegex(@"today\?date=")]
    private static partial Regex OtherDayUrl();

    [Fact]
    public async Task On_a_phone_she_logs_yesterday_copies_it_and_a_meal_sees_her_trends_and_downloads_her_data()
    {
        await app.WithPageAsync("mother-pages-copy", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            var title = page.GetByTestId("day-title");

            // Yesterday: a typo still finds lentils; a glass of water goes to the drink slot.
            await page.GetByTestId("previous-day").ClickAsync();
            await Expect(page).ToHaveURLAsync(OtherDayUrl());
            await Expect(title).Not.ToHaveTextAsync("Today");
            await Expect(today.EmptyDay).ToBeVisibleAsync();
            await today.AddFoodAsync("lentl", "Lentils, cooked");
            await QuickWaterAsync(page);
            await Expect(today.Entries).ToHaveCountAsync(2);

            // Today: copy the whole of yesterday.
            await page.GetByTestId("next-day").ClickAsync();
            await Expect(title).ToHaveTextAsync("Today");
            await Expect(today.EmptyDay).ToBeVisibleAsync();
            await page.GetByTestId("copy-previous-day").ClickAsync();
            await Expect(today.Entries).ToHaveCountAsync(2);
            await Expect(today.Entries.Filter(new() { HasText = "Lentils, cooked" })).ToHaveCountAsync(1);

            // The dialog opens and closes from the keyboard.
            var dialog = page.Locator(".mud-dialog");
            await page.GetByTestId("copy-meal").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var from = page.Locator("input[data-testid=copy-from], [data-testid=copy-from] input").First;
            // MudBlazor moves focus into the dialog's focus trap once it is shown; Tab then reaches the first field.
            await Expect(page.Locator(".mud-focus-trap :focus")).ToHaveCountAsync(1);
            await page.Keyboard.PressAsync("Tab");
            await Expect(from).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Escape");
            await Expect(dialog).Not.ToBeAttachedAsync();

            // Copy only yesterday's drinks, after the preview says how many.
            await page.GetByTestId("copy-meal").ClickAsync();
            var preview = dialog.GetByTestId("copy-preview");
            await Expect(preview).ToContainTextAsync("Copies 2 entries of the whole day");
            await page.GetByTestId("copy-slot").ClickAsync();
            await OpenPopoverItem(page, "Drink").ClickAsync();
            await Expect(preview).ToContainTextAsync("Copies 1 entry for drink");
            await dialog.GetByTestId("confirm-copy").ClickAsync();
            await Expect(dialog).Not.ToBeAttachedAsync();
            await Expect(today.Entries).ToHaveCountAsync(3);
            await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Copied 1 entry." })).ToBeVisibleAsync();

            // Two days ago: copy yesterday's whole day by typing its date into the dialog.
            await page.GetByTestId("previous-day").ClickAsync();
            await Expect(title).Not.ToHaveTextAsync("Today");
            await page.GetByTestId("previous-day").ClickAsync();
            await Expect(title).ToHaveTextAsync(Yesterday.AddDays(-1).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
            await page.GetByTestId("copy-meal").ClickAsync();
            await Expect(preview).ToContainTextAsync("Nothing was logged of the whole day");
            await from.FillAsync(Yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await from.PressAsync("Tab");
            await Expect(preview).ToContainTextAsync("Copies 2 entries of the whole day");
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("copy-meal.png"), Animations = ScreenshotAnimations.Disabled });
            await dialog.GetByTestId("confirm-copy").ClickAsync();
            await Expect(today.Entries).ToHaveCountAsync(2);

            // Three logged days are enough for the trend charts.
            await page.SetViewportSizeAsync(1280, 900);
            await page.GotoAsync("trends");
            await today.WaitUntilInteractiveAsync();
            await Expect(page.GetByTestId("trend-chart")).ToHaveCountAsync(5);
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("trends.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);

            // Her data, from the "Your data" card on her profile: 7 entries over the three days.
            await page.GotoAsync("profile");
            await today.WaitUntilInteractiveAsync();
            var json = await DownloadAsync(page, "export-json", "nourishing-two-my-data.json");
            Assert.Contains("Lentils, cooked", json, StringComparison.Ordinal);
            Assert.Contains("Water, tap", json, StringComparison.Ordinal);
            var csv = await DownloadAsync(page, "export-csv", "nourishing-two-entries.csv");
            var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Date,Slot,FoodId,Food,", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Skip(1), l => Assert.Matches(@"^\d{4}-\d{2}-\d{2},", l));
            Assert.Equal(3, lines.Count(l => l.Contains("Lentils, cooked", StringComparison.Ordinal)));
            Assert.Equal(4, lines.Count(l => l.Contains("Water, tap", StringComparison.Ordinal)));
        }, width: 390, height: 844);
    }

    [Fact]
    public async Task Profile_with_a_dislike_my_foods_the_catalog_the_edit_dialog_and_account_deletion_pass_axe()
    {
        await app.WithPageAsync("mother-pages-axe", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            await today.AddFoodAsync("lentils", "Lentils, cooked");
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
            await page.GetByTestId("edit-entry").ClickAsync();
            await Expect(page.GetByTestId("save-entry")).ToBeEnabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Expect(page.Locator(".mud-dialog")).Not.ToBeAttachedAsync();

            // Profile: add a dislike, save, and find it again after a reload.
            await page.GotoAsync("profile");
            await today.WaitUntilInteractiveAsync();
            var dislikes = page.GetByTestId("disliked-foods");
            await Expect(dislikes.GetByTestId("no-dislikes")).ToBeVisibleAsync();
            await page.Locator("input[data-testid=dislike-search], [data-testid=dislike-search] input").First.FillAsync("kale");
            await OpenPopoverItem(page, "Kale, raw").ClickAsync();
            await Expect(dislikes.GetByTestId("disliked-food")).ToHaveTextAsync("Kale, raw");
            await page.GetByTestId("save-profile").ClickAsync();
            await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Profile saved" })).ToBeVisibleAsync();
            await page.ReloadAsync();
            await today.WaitUntilInteractiveAsync();
            await Expect(dislikes.GetByRole(AriaRole.Button, new() { Name = "Remove Kale, raw" })).ToBeVisibleAsync();
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("profile.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);

            await page.GotoAsync("my-foods");
            await today.WaitUntilInteractiveAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My foods and recipes");
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);

            await page.GotoAsync("foods");
            await today.WaitUntilInteractiveAsync();
            await page.Locator("input[data-testid=catalog-search], [data-testid=catalog-search] input").First.FillAsync("kefir");
            await Expect(page.GetByTestId("catalog-results")).ToContainTextAsync("Kefir, plain, lowfat");
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);

            // Deleting her account (linked from "Your data") is a static page; look, do not delete.
            await page.GotoAsync("Account/DeleteAccount");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Delete my account");
            await Accessibility.AssertNoSeriousViolationsAsync(page, output);
        });
    }

    private static async Task QuickWaterAsync(IPage page)
    {
        var before = await page.GetByTestId("entry").CountAsync();
        await page.GetByTestId("quick-drink").Filter(new() { HasText = "Glass of water" }).ClickAsync();
        await Expect(page.GetByTestId("entry")).ToHaveCountAsync(before + 1);
    }

    /// <summary>Clicks a download link and returns the file's text, after checking its suggested name.</summary>
    private static async Task<string> DownloadAsync(IPage page, string testId, string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }

    /// <summary>An item of the autocomplete results or select options that are open right now.</summary>
    private static ILocator OpenPopoverItem(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = page.GetByText(text, new() { Exact = true }) });
}
