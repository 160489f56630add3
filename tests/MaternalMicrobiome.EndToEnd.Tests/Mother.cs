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
