using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>The demo nutritionist, who exists because the E2E app runs in Development (appsettings.Development.json).</summary>
public static partial class DemoNutritionist
{
    public const string Email = "nutritionist@demo.local";
    public const string Password = "Nourish-2026";
    public const string Name = "Nora Nutritionist";

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();

    /// <summary>Logs her in through the real form.</summary>
    public static async Task LogInAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("Account/Login");
        await page.Locator("#email").FillAsync(Email);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl());
    }
}
