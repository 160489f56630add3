using MaternalMicrobiome.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Hosting;

public static class DataSetup
{
    public const string SqliteMigrationsAssembly = "MaternalMicrobiome.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "MaternalMicrobiome.Migrations.Postgres";
    public const string DatabaseFileName = "maternalmicrobiome.db";

    /// <summary>Data Protection's application name: every instance must share it to read each other's cookies.</summary>
    public const string ApplicationName = "NourishingTwo";

    /// <summary>
    /// The DbContext on the provider <c>Database:Provider</c> names: <c>Sqlite</c> (the default: <c>ConnectionStrings:Default</c>
    /// when set, else a file in the data folder) or <c>Postgres</c> (<c>ConnectionStrings:Default</c> required), each with its
    /// own migrations. Registered as a factory (Blazor circuits create a short-lived context per operation) and as scoped
    /// (Identity). Data Protection keys live in the same database, so instances behind a load balancer share them.
    /// </summary>
    public static IServiceCollection AddAppData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviders.Parse(configuration["Database:Provider"]);
        services.AddDbContextFactory<AppDbContext>((serviceProvider, options) =>
        {
            var connectionString = configuration.GetConnectionString("Default");
            if (provider == DatabaseProvider.Postgres)
            {
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty.");
                }

                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
                return;
            }

            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataDirectory = StorageOptions.ResolveDataDirectory(configuration, environment);
                Directory.CreateDirectory(dataDirectory);
                connectionString = $"Data Source={Path.Combine(dataDirectory, DatabaseFileName)}";
            }

            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }, ServiceLifetime.Scoped);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
