using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// Server render time of the Today page (prerendered HTML: profile, the 7-day window, scoring, suggestions) for a mother
/// with two years of daily logs, through the real app in-process on a SQLite file.
/// </summary>
public static partial class TodayRenderReport
{
    private const string Password = "Bench-pass-2026!";

    public static async Task RunAsync(int days, int entriesPerDay, int requests)
    {
        await using var bench = BenchApp.Create();
        var app = bench.Factory;

        var email = $"bench-{Guid.NewGuid():N}@bench.local";
        var userId = await SeedHistoryAsync(app.Services, email, days, entriesPerDay);

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await LogInAsync(client, email);

        for (var i = 0; i < 10; i++)
        {
            await GetTodayAsync(client);
        }

        var samples = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await GetTodayAsync(client);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        await ReportDayReadsAsync(app.Services, userId, 200);
        await ReportSuggestionsAsync(app.Services, userId, 20);
        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GET /today, {days} days x {entriesPerDay} entries, {requests} requests: p50 {Latency.Percentile(samples, 0.5):0.0} ms, p95 {Latency.Percentile(samples, 0.95):0.0} ms, p99 {Latency.Percentile(samples, 0.99):0.0} ms, max {samples[^1]:0.0} ms"));
    }

    private static async Task<string> SeedHistoryAsync(IServiceProvider services, string email, int days, int entriesPerDay)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var (result, user) = await accounts.CreateAsync(email, "Bench Mother", Password, Roles.Mother,
            new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = today.AddDays(100) }, emailConfirmed: true);
        if (!result.Succeeded || user is null)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var foods = await db.Foods.Where(f => f.OwnerId == null).OrderBy(f => f.Id).Select(f => f.Id).Take(400).ToListAsync();
        var random = new Random(7);
        var now = DateTimeOffset.UtcNow;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var day = 0; day < days; day++)
        {
            for (var i = 0; i < entriesPerDay; i++)
            {
                var grams = random.Next(20, 300);
                db.MealEntries.Add(new MealEntry
                {
                    UserId = user.Id, Date = today.AddDays(-day), Slot = (MealSlot)(i % 5), FoodId = foods[random.Next(foods.Count)],
                    Unit = QuantityUnit.Grams, Amount = grams, Grams = grams, CreatedAt = now, UpdatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {days * entriesPerDay} entries over {days} days"));
        return user.Id;
    }

    /// <summary>Suggestions run in the circuit after the first render; timed through the same service.</summary>
    private static async Task ReportSuggestionsAsync(IServiceProvider services, string userId, int runs)
    {
        await using var scope = services.CreateAsyncScope();
        var log = await SignedInLogAsync(scope, userId);
        var today = DateOnly.FromDateTime(DateTime.Today);
        await log.GetSuggestionsAsync(today);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            await log.GetSuggestionsAsync(today);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"suggestions for today: mean {Stopwatch.GetElapsedTime(start).TotalMilliseconds / runs:0.0} ms over {runs} runs"));
    }

    /// <summary>
    /// Her day read alone, as every Today action and render runs it (no suggestions asked): mean time and the bytes
    /// allocated per read (all threads, so the in-process server's own work is included; nothing else runs meanwhile).
    /// </summary>
    private static async Task ReportDayReadsAsync(IServiceProvider services, string userId, int runs)
    {
        await using var scope = services.CreateAsyncScope();
        var log = await SignedInLogAsync(scope, userId);
        var today = DateOnly.FromDateTime(DateTime.Today);
        for (var i = 0; i < 20; i++)
        {
            await log.GetDayAsync(today);
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            await log.GetDayAsync(today);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"day read (GetDayAsync) for today: mean {elapsed / runs:0.00} ms, {allocated / runs / 1024.0:0.0} KiB allocated per read over {runs} runs"));
    }

    private static async Task<MaternalMicrobiome.Web.Features.Today.MealLogService> SignedInLogAsync(AsyncServiceScope scope, string userId)
    {
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByIdAsync(userId);
        var principal = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
        var provider = (Microsoft.AspNetCore.Components.Authorization.IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider
            .GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(principal)));
        return scope.ServiceProvider.GetRequiredService<MaternalMicrobiome.Web.Features.Today.MealLogService>();
    }

    private static async Task LogInAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = Password,
        });
        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Log in failed: {response.StatusCode}");
        }
    }

    private static async Task GetTodayAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/today", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("overall-score", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"/today answered {response.StatusCode} without a score.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
