using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>The /today page as a mother uses it: search, choose, amount, add; read the score.</summary>
public sealed class TodayPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Entries => Page.GetByTestId("entry");

    public ILocator EmptyDay => Page.GetByTestId("empty-day");

    public ILocator OverallScore => Page.GetByTestId("overall-score");

    public ILocator Warnings => Page.GetByTestId("warning");

    /// <summary>The text input of Search foods.</summary>
    public ILocator SearchBox => InputOf("food-search");

    /// <summary>The search results open right now, in their order.</summary>
    public ILocator Results => Page.Locator(".mud-popover-open .mud-list-item");

    /// <summary>One target row of the scoreboard, by its <c>Metric</c> name (e.g. "Fiber").</summary>
    public ILocator Target(string metric) => Page.Locator($"[data-testid=target][data-metric={metric}]");

    /// <summary>
    /// Opens a target's details with its button (inside the target's heading), checks that the button now says it is
    /// expanded, and returns the region that holds the details.
    /// </summary>
    public async Task<ILocator> OpenTargetAsync(string metric)
    {
        var target = Target(metric);
        var button = target.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Button);
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var region = target.GetByRole(AriaRole.Region);
        await Expect(region).ToBeVisibleAsync();
        return region;
    }

    /// <summary>Clicks before the SignalR circuit is up are lost: wait for the layout's marker.</summary>
    public async Task WaitUntilInteractiveAsync() =>
        await Expect(Page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

    public async Task<int> ReadOverallScoreAsync()
    {
        var text = await OverallScore.TextContentAsync();
        return int.Parse(text?.Trim() ?? string.Empty, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Types <paramref name="search"/>, chooses <paramref name="foodName"/> from the results, optionally picks a unit and an
    /// amount, adds, and waits for the new entry row.
    /// </summary>
    public async Task AddFoodAsync(string search, string foodName, string? unit = null, double? amount = null)
    {
        var before = await Entries.CountAsync();

        var input = InputOf("food-search");
        await input.FillAsync(search);
        try
        {
            await OpenPopoverItem(foodName).ClickAsync();
        }
        catch (TimeoutException e)
        {
            // Say what she saw instead, so a failure tells a slow search from a wrong or missing result.
            throw new TimeoutException(
                $"Searching '{search}' never offered '{foodName}'. The search box holds '{await input.InputValueAsync()}'; "
                + $"open list: [{string.Join(" | ", await Page.Locator(".mud-popover-open").AllInnerTextsAsync())}].",
                e);
        }

        var add = Page.GetByTestId("add-entry");
        await Expect(add).ToBeEnabledAsync();
        await Expect(input).ToHaveValueAsync(foodName);

        if (unit is not null)
        {
            await Page.GetByTestId("unit").ClickAsync();
            await OpenPopoverItem(unit).ClickAsync();
            await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        }

        if (amount is { } value)
        {
            var amountInput = InputOf("amount");
            await amountInput.FillAsync(value.ToString(CultureInfo.InvariantCulture));
            await amountInput.PressAsync("Tab");
            await Expect(amountInput).ToHaveValueAsync(value.ToString(CultureInfo.InvariantCulture));
        }

        await add.ClickAsync();
        try
        {
            await Expect(Entries).ToHaveCountAsync(before + 1);
        }
        catch (PlaywrightException e)
        {
            throw new PlaywrightException(
                $"After adding {foodName}, the entry list should show {before + 1} rows (data-testid=entry) but still shows {await Entries.CountAsync()}. "
                + $"Add button enabled: {await add.IsEnabledAsync()}; snackbars: [{string.Join(" | ", await Page.Locator(".mud-snackbar").AllInnerTextsAsync())}].",
                e);
        }

        await Expect(Entries.Filter(new() { HasText = foodName })).Not.ToHaveCountAsync(0);
    }

    /// <summary>The popover list items that are open right now (autocomplete results or select options).</summary>
    private ILocator OpenPopoverItem(string text) =>
        Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = Page.GetByText(text, new() { Exact = true }) });

    /// <summary>
    /// The text input of a Mud field by its test id. MudBlazor 9 puts the data-testid of MudAutocomplete, MudNumericField and
    /// (while it shows an input) MudSelect on the &lt;input&gt; itself; older versions put it on the wrapper: accept both.
    /// </summary>
    private ILocator InputOf(string testId) =>
        Page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}
