using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>At start-up: apply migrations, load seeds/, make sure the roles exist and, in Development, the demo accounts.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = services.GetRequiredService<AppDbContext>();

        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
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
}
