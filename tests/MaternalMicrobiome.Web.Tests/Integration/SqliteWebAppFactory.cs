using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// The real app on a fresh database: real migrations, real seeds, real Identity. A temporary SQLite file by default;
/// when the environment variable <c>MM_PG</c> holds a PostgreSQL connection string (as <c>.ci/run</c> sets it), a new
/// PostgreSQL database on that server instead, dropped afterwards, so the same suite proves both providers.
/// </summary>
public sealed class SqliteWebAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The PostgreSQL server to test against, or null for SQLite.</summary>
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("MM_PG") is { Length: > 0 } server ? server : null;

    private readonly string postgresDatabase = $"mm_test_{Guid.NewGuid():N}";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"mm-test-{Guid.NewGuid():N}");

    public static bool OnPostgres => PostgresServer is not null;

    /// <summary>The connection string the app under test uses; a second factory given it sees the same data.</summary>
    public string ConnectionString => PostgresServer is { } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString
        : $"Data Source={Path.Combine(DataDirectory, "test.db")}";

    public static string Provider => OnPostgres ? "Postgres" : "Sqlite";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("DemoAccounts:Enabled", "false");

        // Many tests log in from one (test) address within seconds; AccountRateLimitTests lowers it again to test it.
        builder.UseSetting("RateLimiting:AccountPosts:PermitLimit", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open by the sink does not fail the test run; the OS temp folder is cleaned anyway.
        }
    }
}
