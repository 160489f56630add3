using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// The cost the per-request session check adds (issue 12): <see cref="SecurityStampCheck.IsCurrentAsync"/>, its own
/// DbContext and one primary-key query, on the real app's SQLite file with a few thousand accounts.
/// </summary>
public static class SessionCheckReport
{
    public static async Task RunAsync(int accounts, int checks)
    {
        await using var bench = BenchApp.Create();
        var app = bench.Factory;
        _ = app.Server; // start: migrate and seed

        var principals = new List<ClaimsPrincipal>(accounts);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
            for (var i = 0; i < accounts; i++)
            {
                var user = new AppUser { UserName = $"bench-{i}@bench.local", Email = $"bench-{i}@bench.local", DisplayName = $"Bench {i}" };
                var result = await users.CreateAsync(user);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }

                principals.Add(await factory.CreateAsync(user));
            }
        }

        await using var checkScope = app.Services.CreateAsyncScope();
        var check = checkScope.ServiceProvider.GetRequiredService<SecurityStampCheck>();
        for (var i = 0; i < 200; i++)
        {
            await check.IsCurrentAsync(principals[i % principals.Count]);
        }

        var samples = new List<double>(checks);
        var random = new Random(3);
        for (var i = 0; i < checks; i++)
        {
            var principal = principals[random.Next(principals.Count)];
            var start = Stopwatch.GetTimestamp();
            if (!await check.IsCurrentAsync(principal))
            {
                throw new InvalidOperationException("A current session was refused.");
            }

            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Session check, {accounts} accounts, {checks} checks: p50 {Latency.Percentile(samples, 0.5):0.000} ms, p95 {Latency.Percentile(samples, 0.95):0.000} ms, p99 {Latency.Percentile(samples, 0.99):0.000} ms, max {samples[^1]:0.000} ms"));
    }
}
