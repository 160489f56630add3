using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// An admin invites a nutritionist, who sets her password from the mailed link and signs in; the admin deactivates her
/// while she has the app open in another browser, which signs her out; once reactivated she signs in again.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed partial class AdminUsersJourneyTests(AppFixture app)
{
    private const string AdminEmail = "admin@demo.local";
    private const string AdminPassword = "Nourish-2026";
    private const string NutritionistPassword = "Invited-pass-2027!";

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LogInUrl();

    [GeneratedRegex("/clients$")]
    private static partial Regex ClientsUrl();

    [Fact]
    public async Task Admin_invites_a_nutritionist_who_sets_a_password_then_deactivation_signs_her_out_and_reactivation_lets_her_back()
    {
        var email = $"nutritionist-{Guid.NewGuid():N}@e2e.local";
        await app.WithPageAsync("admin-users", async admin =>
        {
            await LogInAsync(admin, AdminEmail, AdminPassword);
            await admin.GotoAsync("admin/users");
            await Expect(admin.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

            await admin.GetByTestId("invite-name").FillAsync("Nour Haddad");
            await admin.GetByTestId("invite-email").FillAsync(email);
            await admin.GetByTestId("invite-send").ClickAsync();
            await Expect(admin.GetByText($"{email} is invited as a nutritionist.")).ToBeVisibleAsync();
            await Expect(admin.GetByTestId($"status-{email}")).ToHaveTextAsync("invited");

            // The invitation as her mail program shows it.
            var mail = await TestMailbox.MailToAsync(email, "You are invited");
            var link = mail.Links.First(l => l.AbsolutePath.EndsWith("/Account/ResetPassword", StringComparison.Ordinal));
            var mailView = await app.NewPageAsync(800, 700);
            await mailView.SetContentAsync(mail.Html!);
            await Expect(mailView.GetByRole(AriaRole.Link, new() { Name = "Choose your password" })).ToBeVisibleAsync();
            await mailView.ScreenshotAsync(new() { Path = app.ScreenshotPath("admin-invite-mail.png") });
            await mailView.Context.CloseAsync();

            var nutritionist = await app.NewPageAsync();
            try
            {
                await nutritionist.GotoAsync(link.AbsoluteUri);
                await Expect(nutritionist.GetByRole(AriaRole.Heading, new() { Name = "Choose your password" })).ToBeVisibleAsync();
                await nutritionist.Locator("#password").FillAsync(NutritionistPassword);
                await nutritionist.Locator("#confirm-password").FillAsync(NutritionistPassword);
                await nutritionist.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
                await Expect(nutritionist.GetByTestId("password-reset")).ToBeVisibleAsync();
                await LogInAsync(nutritionist, email, NutritionistPassword);
                await OpenClientsAsync(nutritionist);

                await admin.ReloadAsync();
                await Expect(admin.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
                await Expect(admin.GetByTestId($"status-{email}")).ToHaveTextAsync("active");
                await admin.ScreenshotAsync(new() { Path = app.ScreenshotPath("admin-users.png") });

                // Deactivate asks first; her open tab is signed out without waiting for her to do anything.
                await admin.GetByTestId($"deactivate-{email}").ClickAsync();
                await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
                await Expect(admin.GetByTestId($"status-{email}")).ToHaveTextAsync("deactivated");
                await Expect(nutritionist).ToHaveURLAsync(LogInUrl());
                await nutritionist.Locator("#email").FillAsync(email);
                await nutritionist.Locator("#password").FillAsync(NutritionistPassword);
                await nutritionist.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
                await Expect(nutritionist.GetByText("This account is deactivated.")).ToBeVisibleAsync();

                await admin.GetByTestId($"reactivate-{email}").ClickAsync();
                await Expect(admin.GetByTestId($"status-{email}")).ToHaveTextAsync("active");
                await LogInAsync(nutritionist, email, NutritionistPassword);
                await OpenClientsAsync(nutritionist);
            }
            finally
            {
                await nutritionist.Context.CloseAsync();
            }
        });
    }

    private static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page.Locator("#login-title")).Not.ToBeAttachedAsync();
    }

    private static async Task OpenClientsAsync(IPage page)
    {
        await page.GotoAsync("clients");
        await Expect(page).ToHaveURLAsync(ClientsUrl());
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clients", Exact = true })).ToBeVisibleAsync();
    }
}
