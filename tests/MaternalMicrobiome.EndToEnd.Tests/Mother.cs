using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>Registers a new mother through the real (static SSR) registration form.</summary>
public static partial class Mother
{
    public const string Password = "Test-pass-2026!";

    [GeneratedRegex("/today$")]
    private static partial Regex TodayUrl();

    /// <summary>A pregnant mother due in <paramref name="daysToDue"/> days; she lands on an interactive /today.</summary>
    public static async Task<TodayPage> RegisterPregnantAsync(IPage page, int daysToDue = 120, string? email = null, string displayName = "Test Mother")
    {
        ArgumentNullException.ThrowIfNull(page);
        email ??= NewEmail();
        var dueDate = DateOnly.FromDateTime(DateTime.Today).AddDays(daysToDue);

        await page.GotoAsync("Account/Register");
        await page.Locator("#display-name").FillAsync(displayName);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#confirm-password").FillAsync(Password);
        await page.Locator("#stage").SelectOptionAsync("Pregnant");
        await page.Locator("#due-date").FillAsync(dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByTestId("check-your-email")).ToBeVisibleAsync();

        // She opens the confirmation mail and follows its link, then logs in.
        await ConfirmFromMailAsync(page, email);
        await page.Locator(".account-card").GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
        return await SubmitLogInAsync(page, email, Password);
    }

    /// <summary>Opens the confirmation mail sent to <paramref name="email"/> and follows its link.</summary>
    public static async Task ConfirmFromMailAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        var mail = await TestMailbox.MailToAsync(email, "Confirm your email");
        var link = mail.Links.First(l => l.AbsolutePath.EndsWith("/Account/ConfirmEmail", StringComparison.Ordinal));
        await page.GotoAsync(link.AbsoluteUri);
        await Expect(page.GetByTestId("email-confirmed")).ToBeVisibleAsync();
    }

    /// <summary>Fills the log-in form she is on; she lands on an interactive /today.</summary>
    public static async Task<TodayPage> SubmitLogInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TodayUrl());
        var today = new TodayPage(page);
        await today.WaitUntilInteractiveAsync();
        return today;
    }

    public static string NewEmail() => $"mother-{Guid.NewGuid():N}@test.local";

    /// <summary>Logs an existing mother in through the real form; she lands on an interactive /today.</summary>
    public static async Task<TodayPage> LogInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.GotoAsync("today");
        var today = new TodayPage(page);
        await today.WaitUntilInteractiveAsync();
        return today;
    }
}
