using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed partial class AdminImportJourneyTests(AppFixture app)
{
    private const string AdminEmail = "admin@demo.local";
    private const string AdminPassword = "Nourish-2026";

    /// <summary>
    /// A plain seed row: "Butter, salted" (quoted name, no quoted cells after it). Butter closes no gap, so the imported
    /// copies in the shared catalog never become suggestions in the other tests of the collection.
    /// </summary>
    private const string TemplateKey = "usda-01001";

    private const string ImportInput = "[data-testid=import-panel] input[type=file]";

    [GeneratedRegex("/admin/foods$")]
    private static partial Regex AdminFoodsUrl();

    [Fact]
    public async Task Admin_imports_a_csv_with_a_bad_row_sees_every_error_by_line_and_nothing_is_written_then_a_good_file_imports()
    {
        await app.WithPageAsync("admin-import", async page =>
        {
            var seed = await File.ReadAllLinesAsync(Path.Combine(AppProcess.RepositoryRoot, "seeds", "foods.csv"));
            var header = seed[0];
            var columns = header.Split(',');
            var template = seed.Single(line => line.StartsWith(TemplateKey + ",", StringComparison.Ordinal));

            var id = Guid.NewGuid().ToString("N")[..12];
            var nameStem = $"E2E import {id}";
            var rowA = Row(template, $"mm-e2e-{id}-a", $"{nameStem} alpha");
            var rowB = Row(template, $"mm-e2e-{id}-b", $"{nameStem} beta");
            var bad = SetCell(Row(template, $"mm-e2e-{id}-c", $"{nameStem} gamma"), Array.IndexOf(columns, "nova"), "7");

            await page.GotoAsync("Account/Login");
            await page.Locator("#email").FillAsync(AdminEmail);
            await page.Locator("#password").FillAsync(AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
            await Expect(page.Locator("#login-title")).Not.ToBeAttachedAsync();

            await page.GotoAsync("admin/foods");
            await Expect(page).ToHaveURLAsync(AdminFoodsUrl());
            await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
            var rows = page.Locator("tr.admin-food-row");
            await Expect(rows.First).ToBeVisibleAsync();

            await UploadAsync(page, Csv("foods-with-a-bad-row.csv", header, rowA, rowB, bad));

            var problems = page.GetByTestId("import-problems");
            await Expect(problems).ToBeVisibleAsync();
            await Expect(problems).ToContainTextAsync("Nothing was imported");
            var problem = page.GetByTestId("import-problem");
            await Expect(problem).ToHaveCountAsync(1);
            await Expect(problem).ToContainTextAsync("line 4, column nova");
            await Expect(problems).ToBeInViewportAsync();
            await page.ScreenshotAsync(new() { Path = app.ScreenshotPath("admin-import-errors.png") });

            var filter = page.Locator("input[data-testid=name-filter], [data-testid=name-filter] input").First;
            await filter.FillAsync(nameStem);
            await Expect(page.GetByTestId("no-foods")).ToBeVisibleAsync();
            await Expect(rows).ToHaveCountAsync(0);

            await UploadAsync(page, Csv("foods.csv", header, rowA, rowB));
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("2 new, 0 changed and 0 unchanged");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Expect(dialog).Not.ToBeAttachedAsync();
            await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("2 new");
            await Expect(problems).Not.ToBeAttachedAsync();

            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Filter(new() { HasText = $"{nameStem} alpha" })).ToContainTextAsync($"mm-e2e-{id}-a");
            await Expect(rows.Filter(new() { HasText = $"{nameStem} beta" })).ToContainTextAsync($"mm-e2e-{id}-b");
        });
    }

    /// <summary>
    /// Chooses a file once Blazor's InputFile listens on the import input: it adds its "change" listener from a script the
    /// circuit calls after rendering (which also sets <c>_blazorInputFileNextFileId</c>), and a file set before that is
    /// lost. The list of foods can show first on a busy machine (a run of the whole suite here failed that way).
    /// </summary>
    private static async Task UploadAsync(IPage page, FilePayload file)
    {
        await page.WaitForFunctionAsync($$"""
            () => document.querySelector('{{ImportInput}}')?._blazorInputFileNextFileId !== undefined
            """);
        await page.Locator(ImportInput).SetInputFilesAsync(file);
    }

    private static FilePayload Csv(string name, params string[] lines) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"),
    };

    /// <summary>The template row with a new key and name (the name is the only quoted cell before the rest).</summary>
    private static string Row(string template, string key, string name)
    {
        var afterName = template.IndexOf("\",", StringComparison.Ordinal) + 2;
        return $"{key},\"{name}\",{template[afterName..]}";
    }

    /// <summary>Replaces one cell of a row whose cells after the name hold no quoted commas.</summary>
    private static string SetCell(string row, int index, string value)
    {
        var afterName = row.IndexOf("\",", StringComparison.Ordinal) + 2;
        var cells = row[afterName..].Split(',');
        cells[index - 2] = value;
        return row[..afterName] + string.Join(",", cells);
    }
}
