using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Clients;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// The nutritionist's roster for a large practice: <c>clients</c> consenting mothers, each with a year of logs, in the
/// real app on a SQLite file. Times <see cref="RosterService.GetAsync"/> and counts its SQL commands.
/// </summary>
public static class RosterReport
{
    public static async Task RunAsync(int clients, int days, int entriesPerDay, int runs)
    {
        var counter = new CommandCounter();
        await using var bench = BenchApp.Create(b => b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter))));
        var seeding = Stopwatch.StartNew();
        var nutritionistId = await SeedAsync(bench.Services, clients, days, entriesPerDay);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded {clients} clients x {days} days x {entriesPerDay} entries ({clients * days * entriesPerDay:#,0} entries) in {seeding.Elapsed.TotalSeconds:0.0} s"));

        await using var scope = await bench.SignedInScopeAsync(nutritionistId);
        var roster = scope.ServiceProvider.GetRequiredService<RosterService>();

        // The first calls after a start run while the JIT is still compiling optimised code (tiered compilation settles
        // after about 30 calls): they are reported on their own, then the running server's figures after them.
        var cold = await TimeAsync(roster, WarmUpCalls);
        counter.Reset();
        var rows = await roster.GetAsync();
        var (queries, inserts) = counter.Read();
        var warm = await TimeAsync(roster, runs);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster of {rows.Count} clients; {queries} SQL queries + {inserts} audit inserts per call"));
        Console.WriteLine(Latency.Describe($"first {WarmUpCalls} calls after start", cold));
        Console.WriteLine(Latency.Describe($"then {runs} calls", warm));

    }

    private const int WarmUpCalls = 50;

    private static async Task<List<double>> TimeAsync(RosterService roster, int calls)
    {
        var samples = new List<double>(calls);
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await roster.GetAsync();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return samples;
    }


    /// <summary>Users, profiles, links and entries written with plain prepared statements: EF would take minutes for a million rows.</summary>
    private static async Task<string> SeedAsync(IServiceProvider services, int clients, int days, int entriesPerDay)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var (result, nutritionist) = await accounts.CreateAsync($"nutritionist-{Guid.NewGuid():N}@bench.local", "Bench Nutritionist", "Bench-pass-2026!", Roles.Nutritionist, null, emailConfirmed: true);
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
        // Day by day, as a practice's mothers really log: one client's rows are spread across the table, not side by side.
        for (var day = days - 1; day >= 0; day--)
        {
            date.Value = today.AddDays(-day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var motherId in motherIds)
            {
                user.Value = motherId;
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
            Count(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        // The roster reads its entries synchronously.
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count(command);
            return base.ReaderExecuting(command, eventData, result);
        }

        private void Count(DbCommand command)
        {
            if (command.CommandText.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref inserts);
            }
            else
            {
                Interlocked.Increment(ref queries);
            }
        }

        // The roster's audit entries go in as one multi-row INSERT without a result set.
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref inserts);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
