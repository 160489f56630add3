using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// A nutritionist and a new mother, each in her own browser: invite, consent, a comment and its reply, a shared plan the
/// mother accepts and logs from, the weekly report printed and downloaded, the access log, and the end of the link.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed partial class PracticeJourneyTests(AppFixture app, ITestOutputHelper output)
{
    private const string NutritionistName = DemoNutritionist.Name;
    private const string MotherName = "Pia Practice";
    private const string Comment = "Lovely lentils! Could you add a fermented food tomorrow?";
    private const string Reply = "Yes, I will try kefir at breakfast.";
    private const string HerRecipe = "Nana dal";

    [GeneratedRegex("/report$")]
    private static partial Regex ReportUrl();

    [GeneratedRegex(@"/plans/\d+$")]
    private static partial Regex PlanUrl();

    [Fact]
    public async Task Nutritionist_invites_comments_and_plans_the_mother_consents_accepts_and_logs_then_ends_the_link()
    {
        await app.WithPageAsync("practice-journey", async coach =>
        {
            var mother = await app.NewPageAsync(390, 844);
            try
            {
                await RunJourneyAsync(coach, mother);
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // The fixture saves the nutritionist's page; the mother's goes beside it.
                await SaveArtifactsAsync(mother, "practice-journey-mother");
                throw;
            }
            finally
            {
                await mother.Context.CloseAsync();
            }
        });
    }

    private async Task RunJourneyAsync(IPage coach, IPage mother)
    {
        // The nutritionist makes a code.
        await DemoNutritionist.LogInAsync(coach);
        await coach.GotoAsync("clients/invites");
        await InteractiveAsync(coach);
        var invites = coach.GetByTestId("invite");
        await Expect(coach.GetByTestId("invites")).ToBeVisibleAsync();
        var openBefore = await invites.CountAsync();
        await coach.GetByTestId("create-invite").ClickAsync();
        await Expect(invites).ToHaveCountAsync(openBefore + 1);
        var code = (await coach.Locator(".mud-snackbar").Filter(new() { HasText = "New code" }).TextContentAsync() ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].TrimEnd(':');
        await Expect(coach.GetByTestId("invite-code-text").Filter(new() { HasText = code })).ToHaveCountAsync(1);
        output.WriteLine($"Invite code: {code}");

        // A new mother logs a food, then previews the invite before she consents.
        var today = await Mother.RegisterPregnantAsync(mother, displayName: MotherName);
        await today.AddFoodAsync("lentils", "Lentils, cooked");
        await mother.GotoAsync("my-nutritionist");
        await InteractiveAsync(mother);
        await Expect(mother.GetByTestId("no-access")).ToBeVisibleAsync();
        await InputOf(mother, "invite-code").FillAsync(code.ToLowerInvariant());
        await mother.GetByTestId("preview-invite").ClickAsync();
        var preview = mother.GetByTestId("consent-preview");
        await Expect(preview.GetByTestId("preview-nutritionist")).ToHaveTextAsync(NutritionistName);
        await Expect(preview.GetByTestId("shared-list")).ToContainTextAsync("Every day you log");
        await Expect(preview.GetByTestId("not-shared-list")).ToContainTextAsync("Your account email address and your password");
        await mother.GetByTestId("consent").ClickAsync();
        await Expect(mother.GetByTestId("linked-nutritionist")).ToHaveTextAsync(NutritionistName);
        await Expect(preview).Not.ToBeAttachedAsync();

        // She keeps a recipe of her own, which her nutritionist can plan with.
        await mother.GotoAsync("my-foods");
        await InteractiveAsync(mother);
        var recipeForm = await RecipeForm.OpenNewAsync(mother, HerRecipe);
        await RecipeForm.AddIngredientAsync(mother, recipeForm, "lentils", "Lentils, cooked", 200);
        await RecipeForm.AddIngredientAsync(mother, recipeForm, "onion", "Onion, raw", 80);
        await RecipeForm.SaveAsync(mother, recipeForm, HerRecipe);

        // axe reads a snackbar still fading in as low contrast: scan the invites once it has gone (meanwhile she consented).
        await Expect(coach.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);

        // The roster lists her; her day shows her lentils, and gets a comment.
        await coach.GotoAsync("clients");
        await InteractiveAsync(coach);
        var client = coach.GetByTestId("roster-client").Filter(new() { HasText = MotherName });
        await Expect(client).ToHaveCountAsync(1);
        var clientId = Uri.UnescapeDataString((await client.GetAttributeAsync("href") ?? string.Empty).Split('/')[^1]);
        Assert.False(string.IsNullOrEmpty(clientId), "The roster's link should name the client.");
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("roster.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);

        await client.ClickAsync();
        await Expect(coach.GetByTestId("client-name")).ToHaveTextAsync(MotherName);
        await InteractiveAsync(coach);
        await Expect(coach.GetByTestId("entry").Filter(new() { HasText = "Lentils, cooked" })).ToHaveCountAsync(1);
        var thread = coach.GetByTestId("comment-thread");
        await Expect(thread.GetByTestId("no-comments")).ToBeVisibleAsync();
        await thread.Locator("textarea[data-testid=new-comment], [data-testid=new-comment] textarea").First.FillAsync(Comment);
        await thread.GetByTestId("add-comment").ClickAsync();
        await Expect(thread.GetByTestId("comment-text")).ToHaveTextAsync(Comment);
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("client-day.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);

        // A plan for this week (Monday to Sunday around her today): two foods on today, then shared.
        var monday = MondayOf(DateOnly.FromDateTime(DateTime.Today));
        await coach.Locator("[data-testid=client-tab][data-tab=Plans]").ClickAsync();
        await InteractiveAsync(coach);
        await Expect(coach.GetByTestId("plans-empty")).ToBeVisibleAsync();
        await InputOf(coach, "new-plan-title").FillAsync("Gut-friendly week");
        var week = InputOf(coach, "new-plan-week");
        await week.FillAsync(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await week.PressAsync("Tab");
        await Expect(week).ToHaveValueAsync(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coach.GetByTestId("create-plan").ClickAsync();
        await Expect(coach).ToHaveURLAsync(PlanUrl());
        await Expect(coach.GetByTestId("plan-title")).ToHaveTextAsync("Gut-friendly week");
        await InteractiveAsync(coach);
        var todayIndex = (DateOnly.FromDateTime(DateTime.Today).DayNumber - monday.DayNumber).ToString(CultureInfo.InvariantCulture);
        await Expect(coach.Locator("[data-testid=day-score][aria-pressed=true]")).ToHaveCountAsync(1);
        await Expect(coach.Locator($"[data-testid=plan-day][data-day='{todayIndex}'] [data-testid=day-score]")).ToHaveAttributeAsync("aria-pressed", "true");
        await AddPlannedFoodAsync(coach, "kale", "Kale, raw");
        await AddPlannedFoodAsync(coach, "kefir", "Kefir, plain, lowfat");
        var todayCard = coach.Locator($"[data-testid=plan-day][data-day='{todayIndex}']");
        await Expect(todayCard.GetByTestId("planned-entry")).ToHaveCountAsync(2);

        // Searching as her client, the nutritionist finds the mother's own recipe and plans it on another day.
        var otherIndex = todayIndex == "0" ? "1" : "0";
        await coach.Locator($"[data-testid=plan-day][data-day='{otherIndex}'] [data-testid=day-score]").ClickAsync();
        await Expect(coach.Locator($"[data-testid=plan-day][data-day='{otherIndex}'] [data-testid=day-score]")).ToHaveAttributeAsync("aria-pressed", "true");
        await AddPlannedFoodAsync(coach, "nana", HerRecipe);
        await Expect(coach.Locator($"[data-testid=plan-day][data-day='{otherIndex}'] [data-testid=planned-entry]").Filter(new() { HasText = HerRecipe })).ToHaveCountAsync(1);
        await coach.Locator($"[data-testid=plan-day][data-day='{todayIndex}'] [data-testid=day-score]").ClickAsync();
        await Expect(coach.Locator($"[data-testid=plan-day][data-day='{todayIndex}'] [data-testid=day-score]")).ToHaveAttributeAsync("aria-pressed", "true");
        await coach.GetByTestId("share-plan").ClickAsync();
        await Expect(coach.GetByTestId("plan-status")).ToHaveTextAsync("Shared");
        await Expect(coach.GetByTestId("share-plan")).Not.ToBeAttachedAsync();
        await Expect(coach.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("plan-editor.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);

        // The nutritionist waits on her inbox: nothing unread yet.
        await coach.GotoAsync("inbox");
        await InteractiveAsync(coach);
        await Expect(coach.GetByTestId("inbox-empty")).ToBeVisibleAsync();

        // The mother reads the comment (new for her) and replies.
        await mother.GotoAsync("comments");
        await InteractiveAsync(mother);
        var myThread = mother.GetByTestId("my-thread");
        await Expect(myThread).ToHaveCountAsync(1);
        await Expect(myThread.GetByTestId("my-thread-unread")).ToHaveTextAsync("1 new");
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);
        await myThread.Locator(".mud-expand-panel-header").ClickAsync();
        await Expect(myThread.GetByTestId("comment-text")).ToHaveTextAsync(Comment);
        await myThread.GetByTestId("reply").ClickAsync();
        await myThread.Locator("textarea[data-testid=reply-text], [data-testid=reply-text] textarea").First.FillAsync(Reply);
        await myThread.GetByTestId("send-reply").ClickAsync();
        await Expect(myThread.GetByTestId("comment-text")).ToHaveTextAsync(new[] { Comment, Reply });

        // Her reply reaches the nutritionist's inbox and menu badge without a reload; the inbox leads to the day.
        await Expect(coach.GetByTestId("inbox-text")).ToHaveTextAsync(Reply);
        await Expect(coach.GetByTestId("unread-comments")).ToHaveTextAsync("1 unread");
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("inbox.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await coach.GetByTestId("inbox-open").ClickAsync();
        await Expect(coach.GetByTestId("comment-thread").GetByTestId("comment-text")).ToHaveTextAsync(new[] { Comment, Reply });

        // She accepts the shared plan and logs the kale planned for today.
        await mother.GotoAsync("plans");
        await InteractiveAsync(mother);
        var planCard = mother.GetByTestId("plan").Filter(new() { HasText = "Gut-friendly week" });
        await Expect(planCard.GetByTestId("plan-status")).ToHaveTextAsync("Shared");
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);
        await planCard.GetByTestId("plan-link").ClickAsync();
        await Expect(mother).ToHaveURLAsync(PlanUrl());
        await InteractiveAsync(mother);
        await mother.GetByTestId("accept-plan").ClickAsync();
        await Expect(mother.GetByTestId("plan-status")).ToHaveTextAsync("Accepted");
        var kale = mother.Locator($"[data-testid=plan-day][data-day='{todayIndex}'] [data-testid=planned-entry]").Filter(new() { HasText = "Kale, raw" });
        await kale.GetByRole(AriaRole.Button, new() { Name = "Log Kale, raw" }).ClickAsync();
        await Expect(kale.GetByTestId("logged")).ToBeVisibleAsync();
        await Expect(mother.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        // The phone's screen, scrolled to today's card: the logged kale and the kefir still to log.
        await kale.ScrollIntoViewIfNeededAsync();
        await mother.ScreenshotAsync(new() { Path = app.ScreenshotPath("plan-mother.png"), Animations = ScreenshotAnimations.Disabled });

        // The plan's shopping list, grouped by aisle, and her targets as the nutritionist left them.
        await mother.GotoAsync(new Uri(mother.Url).AbsolutePath.TrimStart('/') + "/shopping");
        await InteractiveAsync(mother);
        await Expect(mother.GetByTestId("aisle").First).ToBeVisibleAsync();
        await Expect(mother.GetByTestId("aisle").Filter(new() { HasText = "Kale" })).ToHaveCountAsync(1);
        await mother.ScreenshotAsync(new() { Path = app.ScreenshotPath("shopping-list.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);
        await mother.GotoAsync("my-targets");
        await InteractiveAsync(mother);
        await Expect(mother.GetByTestId("my-target").First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);

        await mother.GotoAsync("today");
        await today.WaitUntilInteractiveAsync();
        await Expect(today.Entries.Filter(new() { HasText = "Kale, raw" })).ToHaveCountAsync(1);
        await Expect(today.Entries).ToHaveCountAsync(2);

        // The weekly report has the conversation and the kale; it prints and downloads as a PDF.
        await coach.GotoAsync($"clients/{Uri.EscapeDataString(clientId)}/report");
        await InteractiveAsync(coach);
        var report = coach.GetByTestId("weekly-report");
        await Expect(report.GetByTestId("report-comment").Filter(new() { HasText = Comment })).ToHaveCountAsync(1);
        await Expect(report.GetByTestId("report-comment").Filter(new() { HasText = Reply })).ToHaveCountAsync(1);
        await Expect(report.GetByTestId("report-plants")).ToContainTextAsync("Kale, raw");
        await coach.EvaluateAsync("window.print = () => { window.__printed = true; }");
        await coach.GetByTestId("print-report").ClickAsync();
        await coach.WaitForFunctionAsync("() => window.__printed === true");
        var download = await coach.RunAndWaitForDownloadAsync(() => coach.GetByTestId("report-pdf").ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(pdf.Length > 4 && Encoding.ASCII.GetString(pdf, 0, 4) == "%PDF", $"The PDF download ({download.SuggestedFilename}, {pdf.Length} bytes) should start with %PDF.");
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);

        // A download link must not move the page's address to the file (a reload would download it again).
        await Expect(coach).ToHaveURLAsync(ReportUrl());
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("report.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);
        await coach.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(coach.GetByTestId("print-report")).ToBeHiddenAsync();
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("report-print.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await coach.EmulateMediaAsync(new() { Media = Media.Screen });

        // The rest of the client's pages: her week, her trends and her targets, read-only or within bounds.
        foreach (var (path, marker) in new[] { ("week", "week-plants"), ("trends", "trends-empty"), ("targets", "targets-editor") })
        {
            await coach.GotoAsync($"clients/{Uri.EscapeDataString(clientId)}/{path}");
            await InteractiveAsync(coach);
            await Expect(coach.GetByTestId(marker)).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(coach, output);
        }

        // She sees who read her data, then stops sharing; the nutritionist's next look finds nothing.
        await mother.GotoAsync("my-nutritionist");
        await InteractiveAsync(mother);
        var reads = mother.GetByTestId("access-row").Filter(new() { HasText = NutritionistName });
        await Expect(reads.Filter(new() { HasText = "roster" })).ToHaveCountAsync(1);
        await Expect(reads.Filter(new() { HasText = $"day {DateTime.Today:yyyy-MM-dd}" })).ToHaveCountAsync(1);
        await Expect(reads.Filter(new() { HasText = "report" })).Not.ToHaveCountAsync(0);
        output.WriteLine($"Who viewed my data:{Environment.NewLine}{string.Join(Environment.NewLine, await mother.GetByTestId("access-row").AllInnerTextsAsync())}");
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);
        await mother.GetByTestId("end-link").ClickAsync();
        await mother.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Stop sharing" }).ClickAsync();
        await Expect(mother.GetByTestId("current-link")).Not.ToBeAttachedAsync();
        await Expect(mother.Locator(".mud-snackbar").Filter(new() { HasText = "You no longer share your data." })).ToBeVisibleAsync();

        var response = await coach.GotoAsync($"clients/{Uri.EscapeDataString(clientId)}");
        await Expect(coach.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        Assert.Equal(404, response?.Status);
    }

    private static async Task SaveArtifactsAsync(IPage page, string name)
    {
        var stem = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(stem)!);
        try
        {
            await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
        }
        catch (PlaywrightException)
        {
            // The page is gone; the original failure is what matters.
        }
    }

    /// <summary>Searches, chooses and adds a food to the plan's selected day; waits for the new planned entry.</summary>
    private static async Task AddPlannedFoodAsync(IPage page, string search, string foodName)
    {
        var entries = page.GetByTestId("planned-entry");
        var before = await entries.CountAsync();
        var input = InputOf(page, "food-search");
        await input.FillAsync(search);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = page.GetByText(foodName, new() { Exact = true }) }).ClickAsync();
        await Expect(input).ToHaveValueAsync(foodName);
        var add = page.GetByTestId("add-entry");
        await Expect(add).ToBeEnabledAsync();
        await add.ClickAsync();
        await Expect(entries).ToHaveCountAsync(before + 1);
        await Expect(entries.Filter(new() { HasText = foodName })).ToHaveCountAsync(1);
    }

    private static async Task InteractiveAsync(IPage page) =>
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The input of a Mud field by its test id (on the input itself, or on its wrapper).</summary>
    private static ILocator InputOf(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}
