using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>The account mails in a browser: register and confirm from the captured mail, then forget and reset the password.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class AccountMailJourneyTests(AppFixture app)
{
    private const string NewPassword = "Reset-pass-2027!";

    [Fact]
    public async Task She_confirms_her_email_from_the_mail_then_resets_a_forgotten_password_from_the_next_and_signs_in_with_it()
    {
        var email = Mother.NewEmail();
        await app.WithPageAsync("account-mail-register", async page =>
        {
            // Register -> open the captured mail -> confirm -> sign in (Mother does each step as she would).
            var today = await Mother.RegisterPregnantAsync(page, email: email);
            await Expect(today.Page.GetByTestId("overall-score")).ToBeVisibleAsync();

            // The mail as her mail program shows it (its HTML part).
            var mail = await TestMailbox.MailToAsync(email, "Confirm your email");
            await page.SetContentAsync(mail.Html!);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Confirm your email" })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("captured-mail.png") });
        });

        await app.WithPageAsync("account-mail-reset", async page =>
        {
            await page.GotoAsync("Account/Login");
            await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
            // The log-in page has an #email field too: wait for the new page, or the fill can land on the old one.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forgot your password?" })).ToBeVisibleAsync();
            await page.Locator("#email").FillAsync(email);
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("forgot-password.png") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
            await Expect(page.GetByTestId("forgot-sent")).ToBeVisibleAsync();

            var mail = await TestMailbox.MailToAsync(email, "Reset your");
            var link = mail.Links.First(l => l.AbsolutePath.EndsWith("/Account/ResetPassword", StringComparison.Ordinal));
            await page.GotoAsync(link.AbsoluteUri);
            await page.Locator("#password").FillAsync(NewPassword);
            await page.Locator("#confirm-password").FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Change my password" }).ClickAsync();
            await Expect(page.GetByTestId("password-reset")).ToBeVisibleAsync();

            await page.Locator(".account-card").GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in", Exact = true })).ToBeVisibleAsync();
            await Mother.SubmitLogInAsync(page, email, NewPassword);
        });
    }
}
