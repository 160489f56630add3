using System.Diagnostics;
using System.Globalization;
using MaternalMicrobiome.MailCapture;
using Microsoft.Playwright;

namespace MaternalMicrobiome.LoadTests;

/// <summary>
/// One mother in her own browser context (own cookies, own Blazor circuit): registers through the real form, confirms
/// her address from the mailed link and logs in, then
/// logs a quick drink on /today and reads her week and her day, timing each action from her input to the result on
/// screen (so the browser's own work on this shared machine is inside the figure).
/// </summary>
public sealed class SimulatedMother(IBrowserContext context, IPage page)
{
    private const string Password = "Load-test-2026!";
    private static readonly PageGotoOptions Navigation = new() { WaitUntil = WaitUntilState.Commit };

    public IPage Page { get; } = page;

    public static async Task<SimulatedMother> RegisterAsync(IBrowser browser, Uri baseUrl, MailCaptureServer mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString(), Locale = "en-US" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var due = DateOnly.FromDateTime(DateTime.Today).AddDays(120).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GotoAsync("Account/Register");
        await page.Locator("#display-name").FillAsync("Load Mother");
        var email = $"load-{Guid.NewGuid():N}@test.local";
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#confirm-password").FillAsync(Password);
        await page.Locator("#stage").SelectOptionAsync("Pregnant");
        await page.Locator("#due-date").FillAsync(due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        try
        {
            // She confirms her address from the mail, then logs in.
            var mail = await mailbox.WaitForAsync(email, "Confirm your email", TimeSpan.FromSeconds(60));
            await page.GotoAsync(mail.Links.First(l => l.AbsolutePath.EndsWith("/Account/ConfirmEmail", StringComparison.Ordinal)).AbsoluteUri);
            await page.GotoAsync("Account/Login");
            await page.Locator("#email").FillAsync(email);
            await page.Locator("#password").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
            await page.WaitForURLAsync("**/today", new() { WaitUntil = WaitUntilState.Commit });
            await WaitInteractiveAsync(page);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"Registration did not reach an interactive /today; on {page.Url}: {await page.Locator("main").InnerTextAsync()}", e);
        }

        context.SetDefaultTimeout(10_000);
        return new SimulatedMother(context, page);
    }

    /// <summary>Until <paramref name="stop"/>: drink, week, today, each timed; a failed action counts and she starts over on /today.</summary>
    public async Task RunAsync(ICollection<ActionSample> samples, TimeSpan think, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(samples);
        while (!stop.IsCancellationRequested)
        {
            await TimeAsync("quick drink", LogDrinkAsync, samples);
            await PauseAsync(think, stop);
            await TimeAsync("open /week", () => NavigateAsync("week", "plant-total"), samples);
            await PauseAsync(think, stop);
            await TimeAsync("open /today", () => NavigateAsync("today", "overall-score"), samples);
            await PauseAsync(think, stop);
        }
    }

    /// <summary>An idle circuit on <paramref name="path"/>: loaded, interactive, <paramref name="readySelector"/> shown, nothing more.</summary>
    public async Task OpenIdleAsync(string path, string? readySelector)
    {
        // Not timed, and all mothers at once: patient, unlike the measured actions.
        await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        await Page.Locator("main[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        if (readySelector is not null)
        {
            await Page.Locator(readySelector).First.WaitForAsync(new() { Timeout = 120_000 });
        }
    }

    /// <summary>Leaves the app: the page unloads, Blazor tells the server, and the circuit is disposed.</summary>
    public Task LeaveAsync() => Page.GotoAsync("about:blank");

    public Task CloseAsync() => context.CloseAsync();

    private static async Task WaitInteractiveAsync(IPage page) =>
        await page.Locator("main[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private static async Task PauseAsync(TimeSpan think, CancellationToken stop)
    {
        try
        {
            await Task.Delay(think, stop);
        }
        catch (OperationCanceledException)
        {
            // The step is over; the loop ends.
        }
    }

    private async Task TimeAsync(string action, Func<Task> run, ICollection<ActionSample> samples)
    {
        var clock = Stopwatch.StartNew();
        var failed = false;
        try
        {
            await run();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            failed = true;
            Console.Error.WriteLine($"  {action} failed: {e.Message.Split('\n')[0]}");
        }

        lock (samples)
        {
            samples.Add(new ActionSample(action, clock.Elapsed.TotalMilliseconds, failed));
        }

        if (failed)
        {
            await RecoverAsync();
        }
    }

    private async Task LogDrinkAsync()
    {
        var entries = Page.GetByTestId("entry");
        var before = await entries.CountAsync();
        await Page.GetByTestId("quick-drink").First.ClickAsync();
        await entries.Nth(before).WaitForAsync();
    }

    private async Task OpenAsync(string path, string readyTestId)
    {
        await Page.GotoAsync(path, Navigation);
        await WaitInteractiveAsync(Page);
        await Page.GetByTestId(readyTestId).First.WaitForAsync();
    }

    /// <summary>
    /// As she moves around: a click on the menu link, which the circuit answers by rendering the page on the server and
    /// sending the difference (no page load): the round trip a mother feels, and the server's work per view.
    /// </summary>
    private async Task NavigateAsync(string path, string readyTestId)
    {
        var previous = Page.Url;
        await Page.Locator($"a.mud-nav-link[href='{path}']").ClickAsync();
        await Page.WaitForURLAsync(url => url != previous && url.EndsWith("/" + path, StringComparison.Ordinal));
        await Page.GetByTestId(readyTestId).First.WaitForAsync();
    }

    private async Task RecoverAsync()
    {
        try
        {
            await OpenAsync("today", "overall-score");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The next action's timing will say whether she is back.
        }
    }
}
