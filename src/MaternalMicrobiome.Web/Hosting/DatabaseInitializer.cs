using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>At start-up: apply migrations, load seeds/, make sure the roles exist and, in Development, the demo accounts.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var migrate = app.Configuration.GetValue("Database:MigrateOnStartup", true);

        if (!db.Database.IsNpgsql())
        {
            await InitializeAsync(app, services, db, migrate);
            return;
        }

        // Instances starting together on one PostgreSQL database would race: two migrations creating the same tables,
        // two seed transactions inserting the same keys, two inserts of a role or demo account. One at a time; the next
        // finds everything in place.
        if (migrate)
        {
            await EnsurePostgresDatabaseAsync(db);
        }

        await using (await StartupLock.AcquireAsync(db.Database.GetConnectionString()!, StartupLock.DefaultWait))
        {
            await InitializeAsync(app, services, db, migrate);
        }
    }

    private static async Task InitializeAsync(WebApplication app, IServiceProvider services, AppDbContext db, bool migrate)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        if (migrate)
        {
            await db.Database.MigrateAsync();
        }

        // WAL lets readers carry on while a mother's entry is written, and survives a crash mid-write.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var seedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");
        var report = await new SeedLoader(db).LoadAsync(seedDirectory);
        StartupLog.SeedLoaded(logger, report.FoodsAdded, report.FoodsUpdated, report.FoodsKeptEdited, report.ReferencesAdded, report.ReferencesUpdated, report.ReferencesKeptEdited);
        if (report.FoodsAdded + report.FoodsUpdated + report.ReferencesAdded + report.ReferencesUpdated > 0)
        {
            // New seeds reach the caches of instances that were already running.
            await services.GetRequiredService<CatalogVersion>().ChangedAsync();
        }

        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoAccounts:Enabled", false))
        {
            await DemoAccounts.EnsureCreatedAsync(services, logger);
        }
    }

    /// <summary>The lock needs the database to exist; two instances may both find it missing, so one may lose the create.</summary>
    private static async Task EnsurePostgresDatabaseAsync(AppDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync())
        {
            return;
        }

        try
        {
            await creator.CreateAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // The other instance created it first.
        }
    }
}
