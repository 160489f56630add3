using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// Kills the app with SIGKILL in the middle of a burst of logging, starts it again on the same database, and checks
/// that every entry the mother saw confirmed is still there (and nothing appeared that she never asked for).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class CrashSafetyTests(AppFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const int ConfirmedBeforeKill = 12;
    private const int InFlightAtKill = 4;

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"nourishing-two-crash-{Guid.NewGuid():N}");
    private AppProcess? app;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        app = AppProcess.OnSqlite(dataDirectory);
        return app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleanup.
        }
    }

    [Fact]
    public async Task Every_entry_confirmed_before_a_SIGKILL_is_there_after_a_restart()
    {
        var process = app!;
        var email = Mother.NewEmail();
        var page = await fixture.NewPageAsync(baseUrl: process.BaseUrl);
        int confirmed;
        try
        {
            var today = await Mother.RegisterPregnantAsync(page, email: email);
            var water = page.GetByTestId("quick-drink").First;

            // Each add is confirmed when its row appears: the page redraws only after SaveChanges returned.
            for (confirmed = 0; confirmed < ConfirmedBeforeKill; confirmed++)
            {
                await water.ClickAsync();
                await Expect(today.Entries).ToHaveCountAsync(confirmed + 1);
            }

            // A few more clicks in flight, then the process dies mid-burst without any shutdown.
            for (var i = 0; i < InFlightAtKill; i++)
            {
                await water.ClickAsync();
            }

            confirmed = Math.Max(confirmed, await today.Entries.CountAsync());
            await process.KillAsync();
            output.WriteLine($"Killed process {process.ProcessId} with {confirmed} entries confirmed on screen and {InFlightAtKill} clicks in flight.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        await process.StartAsync();
        var after = await fixture.NewPageAsync(baseUrl: process.BaseUrl);
        try
        {
            var today = await Mother.LogInAsync(after, email);
            await Expect(today.Entries.First).ToBeVisibleAsync();
            var survived = await today.Entries.CountAsync();
            output.WriteLine($"After the restart: {survived} entries.");

            Assert.InRange(survived, confirmed, ConfirmedBeforeKill + InFlightAtKill);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"{failure.Message}{Environment.NewLine}App log:{Environment.NewLine}{process.Output[^Math.Min(4000, process.Output.Length)..]}", failure);
        }
        finally
        {
            await after.Context.CloseAsync();
        }
    }
}
