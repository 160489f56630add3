using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// The nutritionist mails an invite; a new mother registers, follows the mail's link and links with the code. Her
/// comment reaches the nutritionist as a mail (without its words); she switches comment mail off on her profile, and the
/// nutritionist's next comment mails her nothing, while the end of the link, later, still does.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed partial class InviteNotificationJourneyTests(AppFixture app, ITestOutputHelper output)
{
    private const string InviteSubject = "An invitation to share your food log on Nourishing Two";
    private const string CommentSubject = "You have a new comment on Nourishing Two";
    private const string LinkEndedSubject = "A sharing link ended on Nourishing Two";
    private const string HerComment = "Heartburn after dinner again";
    private const string CoachComment = "Try a smaller portion in the evening";
    private static readonly TimeSpan MailPatience = TimeSpan.FromSeconds(30);

    [GeneratedRegex(@"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b")]
    private static partial Regex DisplayCode();

    [Fact]
    public async Task Mailed_invite_links_a_new_mother_and_comment_mail_follows_her_switch()
    {
        await app.WithPageAsync("invite-notification-journey", async coach =>
        {
            var mother = await app.NewPageAsync(390, 844);
            try
            {
                await RunJourneyAsync(coach, mother);
            }
            finally
            {
                await mother.Context.CloseAsync();
            }
        });
    }

    private async Task RunJourneyAsync(IPage coach, IPage mother)
    {
        var motherEmail = Mother.NewEmail();
        var motherName = $"Ines Invite {Guid.NewGuid().ToString("N")[..6]}";

        // The nutritionist mails a code to an address that has no account yet.
        await DemoNutritionist.LogInAsync(coach);
        await coach.GotoAsync("clients/invites");
        await InteractiveAsync(coach);
        await InputOf(coach, "invite-email").FillAsync(motherEmail);
        // The label moves up once the circuit has the value; the picture waits for it.
        await Expect(coach.GetByTestId("mail-invite-form").Locator(".mud-shrink")).ToHaveCountAsync(1);
        await coach.GetByTestId("invites").ScreenshotAsync(new() { Path = app.ScreenshotPath("invite-email.png"), Animations = ScreenshotAnimations.Disabled });
        await coach.GetByTestId("mail-invite").ClickAsync();
        await Expect(coach.Locator(".mud-snackbar").Filter(new() { HasText = "is on its way" })).ToBeVisibleAsync();
        await Expect(InputOf(coach, "invite-email")).ToHaveValueAsync(string.Empty);

        // The mail says who sent it, carries the code and a link to "My nutritionist".
        var invite = await TestMailbox.MailToAsync(motherEmail, InviteSubject);
        Assert.Contains(DemoNutritionist.Name, invite.Text, StringComparison.Ordinal);
        Assert.Contains("ignore this mail", invite.Text, StringComparison.Ordinal);
        var code = DisplayCode().Match(invite.Text).Value;
        Assert.False(string.IsNullOrEmpty(code), $"No code in: {invite.Text}");
        var link = invite.Links.Single(l => l.AbsolutePath == "/my-nutritionist");
        output.WriteLine($"Mailed code {code}, link {link}");
        await Expect(coach.GetByTestId("invite-code-text").Filter(new() { HasText = code })).ToHaveCountAsync(1);

        // She registers with that address, follows the link and links with the code.
        await Mother.RegisterPregnantAsync(mother, email: motherEmail, displayName: motherName);
        await mother.GotoAsync(link.AbsoluteUri);
        await InteractiveAsync(mother);
        await InputOf(mother, "invite-code").FillAsync(code);
        await mother.GetByTestId("preview-invite").ClickAsync();
        await mother.GetByTestId("consent").ClickAsync();
        await Expect(mother.GetByTestId("linked-nutritionist")).ToHaveTextAsync(DemoNutritionist.Name);

        // She comments on her day: the nutritionist gets a mail naming her, without the comment's words.
        await mother.GotoAsync("today");
        await InteractiveAsync(mother);
        var thread = mother.GetByTestId("comment-thread");
        await thread.Locator("textarea[data-testid=new-comment], [data-testid=new-comment] textarea").First.FillAsync(HerComment);
        await thread.GetByTestId("add-comment").ClickAsync();
        await Expect(thread.GetByTestId("comment-text")).ToHaveTextAsync(HerComment);
        var notice = await TestMailbox.Server.WaitForAsync(
            m => m.To.Contains(DemoNutritionist.Email, StringComparer.OrdinalIgnoreCase) && m.Subject == CommentSubject && m.Text.Contains(motherName, StringComparison.Ordinal),
            MailPatience);
        Assert.DoesNotContain(HerComment, notice.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(notice.Links, l => l.AbsolutePath == "/inbox");

        // She switches comment mail off on her profile.
        await mother.GotoAsync("profile");
        await InteractiveAsync(mother);
        var settings = mother.GetByTestId("notification-settings");
        var onComment = settings.Locator("[data-testid=notify-comment] input, input[data-testid=notify-comment]").First;
        await Expect(onComment).ToBeCheckedAsync();
        await onComment.ClickAsync();
        await Expect(mother.Locator(".mud-snackbar").Filter(new() { HasText = "Notification settings saved." })).ToBeVisibleAsync();
        await Expect(onComment).Not.ToBeCheckedAsync();
        await Expect(mother.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await settings.ScrollIntoViewIfNeededAsync();
        await settings.ScreenshotAsync(new() { Path = app.ScreenshotPath("notification-settings.png"), Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(mother, output);

        // The nutritionist answers from her inbox: no mail for the mother.
        await coach.GotoAsync("inbox");
        await InteractiveAsync(coach);
        await coach.GetByTestId("inbox-item").Filter(new() { HasText = motherName }).GetByTestId("inbox-open").ClickAsync();
        await InteractiveAsync(coach);
        var coachThread = coach.GetByTestId("comment-thread");
        await Expect(coachThread.GetByTestId("comment-text").Filter(new() { HasText = HerComment })).ToHaveCountAsync(1);
        await coachThread.Locator("textarea[data-testid=new-comment], [data-testid=new-comment] textarea").First.FillAsync(CoachComment);
        await coachThread.GetByTestId("add-comment").ClickAsync();
        await Expect(coachThread.GetByTestId("comment-text").Filter(new() { HasText = CoachComment })).ToHaveCountAsync(1);

        // She still hears when the link ends. Mail goes out in order, so once that mail is here a comment mail would be too.
        await coach.GotoAsync("clients/invites");
        await InteractiveAsync(coach);
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);
        await coach.GetByTestId("linked-client").Filter(new() { HasText = motherName }).GetByTestId("end-client-link").ClickAsync();
        await coach.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "End link" }).ClickAsync();
        await Expect(coach.GetByTestId("linked-client").Filter(new() { HasText = motherName })).ToHaveCountAsync(0);
        await TestMailbox.MailToAsync(motherEmail, LinkEndedSubject);
        var hers = TestMailbox.Server.Messages.Where(m => m.To.Contains(motherEmail, StringComparer.OrdinalIgnoreCase)).Select(m => m.Subject).ToList();
        Assert.DoesNotContain(CommentSubject, hers);
    }

    private static async Task InteractiveAsync(IPage page) =>
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

    /// <summary>The input of a Mud field by its test id (on the input itself, or on its wrapper).</summary>
    private static ILocator InputOf(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}
