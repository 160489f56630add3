using System.Collections.Concurrent;
using Npgsql;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// Two app instances on one fresh PostgreSQL database (started together, so they also race to migrate and seed it)
/// behind nginx with sticky routing, as docs/operations.md describes. A mother logs food on one instance, that
/// instance dies (SIGKILL), and her next page load is served by the other: still signed in (the Data Protection keys
/// are in the shared database), with her entries. Needs nginx and <c>MM_PG_SERVER</c> (test.sh provides both); skipped
/// with the reason without them.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class MultiInstanceTests(AppFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"nourishing-two-multi-{Guid.NewGuid():N}");
    private readonly string database = $"mm_multi_{Guid.NewGuid():N}";
    private readonly Dictionary<string, AppProcess> instances = [];
    private string server = string.Empty;
    private NginxProcess? nginx;

    public async Task InitializeAsync()
    {
        // The test is skipped before this runs when no server is configured (PostgresAndNginxFact).
        server = PostgresAndNginxFactAttribute.Server
            ?? throw new InvalidOperationException("MM_PG_SERVER is not set: it must hold a PostgreSQL server's connection string (test.sh sets it), e.g. Host=127.0.0.1;Port=55432;Username=postgres.");
        Directory.CreateDirectory(folder);
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"");

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        foreach (var name in new[] { "a", "b" })
        {
            instances[name] = new AppProcess(
                [
                    "--environment", "Development",
                    "--Database:Provider", "Postgres",
                    "--ConnectionStrings:Default", connectionString,
                    "--Storage:DataDirectory", Path.Combine(folder, name),
                    "--App:InstanceName", name,
                    "--ReverseProxy:Enabled", "true",
                ],
                FreePort.Next());
        }

        try
        {
            // Together on purpose: both find the database empty, so start-up must serialise migrations and seeds.
            await Task.WhenAll(instances.Values.Select(app => app.StartAsync()));
            nginx = await NginxProcess.StartAsync(Path.Combine(folder, "nginx"), instances.Values.Select(app => app.Port));
        }
        catch
        {
            // Stop whatever did start and drop the database when set-up fails part-way (app processes of failed runs
            // were found still running here).
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (nginx is not null)
        {
            await nginx.DisposeAsync();
        }

        foreach (var app in instances.Values)
        {
            await app.DisposeAsync();
        }

        if (server.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleanup.
        }
    }

    [PostgresAndNginxFact]
    public async Task When_her_instance_dies_the_other_one_serves_her_still_signed_in_with_her_entries()
    {
        var page = await fixture.NewPageAsync(baseUrl: nginx!.BaseUrl);
        var served = new ConcurrentQueue<(string Url, string Instance)>();
        page.Response += (_, response) =>
        {
            if (response.Headers.TryGetValue("x-instance", out var instance))
            {
                served.Enqueue((response.Url, instance));
            }
        };

        try
        {
            var today = await Mother.RegisterPregnantAsync(page);
            await today.AddFoodAsync("lentils", "Lentils, cooked");
            await today.AddFoodAsync("brie", "Brie");

            // Sticky: every response so far, the circuit's negotiate included, came from one instance.
            var first = AssertOneInstance(served, "before the failover");
            Assert.Contains(served, r => r.Url.Contains("_blazor/negotiate", StringComparison.Ordinal));
            var other = instances.Keys.Single(name => name != first);
            var todayUrl = new Uri(nginx.BaseUrl, "today").ToString();

            // Her circuit's WebSocket breaks; Blazor reconnects through nginx to the survivor, which does not know the
            // circuit (rejected), so the page reloads itself (ReconnectModal.razor.js): the failover a mother sees.
            served.Clear();
            var selfReload = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Url == todayUrl);
            await instances[first].KillAsync();
            output.WriteLine($"Served by instance {first}; killed it.");
            Assert.Equal(other, await (await selfReload).HeaderValueAsync("x-instance"));
            await today.WaitUntilInteractiveAsync();

            // And a reload of her own, on the new circuit.
            var reload = await page.GotoAsync("today");
            Assert.NotNull(reload);
            Assert.Equal(other, await reload.HeaderValueAsync("x-instance"));
            await today.WaitUntilInteractiveAsync();
            await Expect(page).ToHaveURLAsync(todayUrl);
            await Expect(today.Entries).ToHaveCountAsync(2);
            await Expect(today.Entries.Filter(new() { HasText = "Lentils, cooked" })).ToHaveCountAsync(1);
            await Expect(today.Entries.Filter(new() { HasText = "Brie" })).ToHaveCountAsync(1);

            // The new circuit lives on the survivor too, and is usable: one more entry goes through it.
            Assert.Equal(other, AssertOneInstance(served, "after the failover"));
            Assert.Contains(served, r => r.Url.Contains("_blazor/negotiate", StringComparison.Ordinal));
            await page.GetByTestId("quick-drink").First.ClickAsync();
            await Expect(today.Entries).ToHaveCountAsync(3);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            var logs = string.Join(Environment.NewLine, instances.Select(i => $"--- instance {i.Key}:{Environment.NewLine}{Tail(i.Value.Output)}"));
            throw new InvalidOperationException($"{failure.Message}{Environment.NewLine}Page: {page.Url}{Environment.NewLine}{logs}{Environment.NewLine}--- nginx:{Environment.NewLine}{Tail(nginx.ErrorLog)}", failure);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static string AssertOneInstance(IEnumerable<(string Url, string Instance)> served, string when)
    {
        var names = served.Select(r => r.Instance).Distinct().ToList();
        Assert.True(names.Count == 1, $"Responses {when} came from instances [{string.Join(", ", names)}]; expected exactly one.");
        return names[0];
    }

    private static string Tail(string text) => text.Length > 3000 ? text[^3000..] : text;

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
