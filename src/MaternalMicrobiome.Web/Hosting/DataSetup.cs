using MaternalMicrobiome.Data;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Hosting;

public static class DataSetup
{
    public const string SqliteMigrationsAssembly = "MaternalMicrobiome.Migrations.Sqlite";
    public const string DatabaseFileName = "maternalmicrobiome.db";

    /// <summary>
    /// The DbContext on SQLite: <c>ConnectionStrings:Default</c> when set, else a file in the data folder.
    /// Registered as a factory (Blazor circuits create a short-lived context per operation) and as scoped (Identity).
    /// </summary>
    public static IServiceCollection AddAppData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDbContextFactory<AppDbContext>((serviceProvider, options) =>
        {
            var connectionString = configuration.GetConnectionString("Default");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataDirectory = StorageOptions.ResolveDataDirectory(configuration, environment);
                Directory.CreateDirectory(dataDirectory);
                connectionString = $"Data Source={Path.Combine(dataDirectory, DatabaseFileName)}";
            }

            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }, ServiceLifetime.Scoped);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }
}
