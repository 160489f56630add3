using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Pages.Clients;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// The nutritionist's roster for a large practice: <c>clients</c> consenting mothers, each with a year of logs, in the
/// real app on a SQLite file. Times <see cref="RosterService.GetAsync"/> and counts its SQL commands.
/// </summary>
public static class RosterReport
{
    public static async Task RunAsync(int clients, int days, int entriesPerDay, int runs)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"mm-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        var counter = new CommandCounter();
        await using var app = new WebApplicationFactory<AccountService>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(Path.Combine(SearchCatalog.RepositoryRoot(), "src", "MaternalMicrobiome.Web"));
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(dataDirectory, "bench.db")}");
            b.UseSetting("Storage:DataDirectory", dataDirectory);
            b.UseSetting("DemoAccounts:Enabled", "false");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter)));
        });

        var seeding = Stopwatch.StartNew();
        var nutritionistId = await SeedAsync(app.Services, clients, days, entriesPerDay);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {clients} clients x {days} days x {entriesPerDay} entries ({clients * days * entriesPerDay:#,0} entries) in {seeding.Elapsed.TotalSeconds:0.0} s"));

        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(nutritionistId);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        var roster = scope.ServiceProvider.GetRequiredService<RosterService>();

        for (var i = 0; i < 5; i++)
        {
            await roster.GetAsync();
        }

        counter.Reset();
        var rows = await roster.GetAsync();
        var (queries, inserts) = counter.Read();

        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await roster.GetAsync();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        samples.Sort();
        double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster of {rows.Count} clients, {runs} runs: p50 {Percentile(0.5):0.0} ms, p95 {Percentile(0.95):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {samples[^1]:0.0} ms; {queries} SQL queries + {inserts} audit inserts per call"));
    }

    /// <summary>Users, profiles, links and entries written with plain prepared statements: EF would take minutes for a million rows.</summary>
    private static async Task<string> SeedAsync(IServiceProvider services, int clients, int days, int entriesPerDay)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var (result, nutritionist) = await accounts.CreateAsync($"nutritionist-{Guid.NewGuid():N}@bench.local", "Bench Nutritionist", "Bench-pass-2026!", Roles.Nutritionist, null);
        if (!result.Succeeded || nutritionist is null)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var foods = await db.Foods.Where(f => f.OwnerId == null).OrderBy(f => f.Id).Select(f => f.Id).Take(400).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var now = DateTimeOffset.UtcNow;
        var random = new Random(11);

        // Accounts without passwords (they never sign in), profiles and consented links, through EF: a few hundred rows.
        var motherIds = new List<string>();
        for (var i = 0; i < clients; i++)
        {
            var id = Guid.NewGuid().ToString();
            motherIds.Add(id);
            var email = $"client-{i}-{id[..8]}@bench.local";
            db.Users.Add(new AppUser
            {
                Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"Client {i:000}", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = now,
            });
            db.MotherProfiles.Add(new MotherProfile
            {
                UserId = id, StageKind = i % 2 == 0 ? LifeStageKind.Pregnant : LifeStageKind.Breastfeeding,
                DueDate = today.AddDays(30 + (i % 200)), BabyBirthDate = today.AddDays(-30 - (i % 200)),
            });
            db.ClientLinks.Add(new ClientLink
            {
                NutritionistId = nutritionist.Id, InviteCode = $"B{i:0000000}", CreatedAt = now, ExpiresAt = now.AddDays(14), MotherId = id, ConsentedAt = now,
            });
        }

        await db.SaveChangesAsync();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "MealEntries" ("UserId", "Date", "Slot", "FoodId", "Unit", "Amount", "Grams", "CreatedAt", "UpdatedAt")
            VALUES ($user, $date, $slot, $food, 0, $grams, $grams, $now, $now)
            """;
        DbParameter Parameter(string name)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            insert.Parameters.Add(parameter);
            return parameter;
        }

        var (user, date, slot, food, grams, stamp) = (Parameter("$user"), Parameter("$date"), Parameter("$slot"), Parameter("$food"), Parameter("$grams"), Parameter("$now"));
        stamp.Value = now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        await insert.PrepareAsync();
        foreach (var motherId in motherIds)
        {
            user.Value = motherId;
            for (var day = 0; day < days; day++)
            {
                date.Value = today.AddDays(-day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                for (var i = 0; i < entriesPerDay; i++)
                {
                    slot.Value = i % 5;
                    food.Value = foods[random.Next(foods.Count)];
                    grams.Value = (double)random.Next(20, 300);
                    await insert.ExecuteNonQueryAsync();
                }
            }
        }

        await transaction.CommitAsync();
        return nutritionist.Id;
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int queries;
        private int inserts;

        public void Reset()
        {
            Interlocked.Exchange(ref queries, 0);
            Interlocked.Exchange(ref inserts, 0);
        }

        public (int Queries, int Inserts) Read() => (Volatile.Read(ref queries), Volatile.Read(ref inserts));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref inserts);
            }
            else
            {
                Interlocked.Increment(ref queries);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        // The roster's audit entries go in as one multi-row INSERT without a result set.
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref inserts);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
