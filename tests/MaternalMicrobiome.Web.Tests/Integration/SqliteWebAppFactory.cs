using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// The real app on a fresh database: real migrations, real seeds, real Identity. A temporary SQLite file by default;
/// when the environment variable <c>MM_PG</c> holds a PostgreSQL connection string (as <c>./test.sh</c> sets it), a new
/// PostgreSQL database on that server instead, dropped afterwards, so the same suite proves both providers.
/// Each fresh database is a copy of one migrated and seeded template (see <see cref="TestDatabaseTemplate"/>): the app
/// still runs its migrations and seed loader at start-up, which then find nothing to do.
/// </summary>
public sealed class SqliteWebAppFactory : WebApplicationFactory<Program>
{
    private readonly string postgresDatabase = $"mm_test_{Guid.NewGuid():N}";
    private bool created;

    /// <summary>The PostgreSQL server to test against, or null for SQLite.</summary>
    public static string? PostgresServer => TestDatabaseTemplate.PostgresServer;

    public static bool OnPostgres => PostgresServer is not null;

    public static string Provider => OnPostgres ? "Postgres" : "Sqlite";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"mm-test-{Guid.NewGuid():N}");

    /// <summary>The connection string the app under test uses; a second factory given it sees the same data.</summary>
    public string ConnectionString => TestDatabaseTemplate.ConnectionString(postgresDatabase, Path.Combine(DataDirectory, "test.db"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        if (!created)
        {
            TestDatabaseTemplate.CreateCopy(postgresDatabase, Path.Combine(DataDirectory, "test.db"));
            created = true;
        }

        TestDatabaseTemplate.Configure(builder, ConnectionString, DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (PostgresServer is not null)
        {
            await TestDatabaseTemplate.DropPostgresDatabaseAsync(postgresDatabase);
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
