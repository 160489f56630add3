using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// One migrated and seeded database per test run, made by starting the real app once; every test factory starts from a
/// copy of it (a file copy on SQLite, <c>CREATE DATABASE ... TEMPLATE</c> on PostgreSQL) instead of loading the
/// 8,789-food catalog again. The suite spends its time on the tests, not on seeding.
/// </summary>
public static class TestDatabaseTemplate
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..12];
    private static readonly string TemplateDirectory = Path.Combine(Path.GetTempPath(), $"mm-test-template-{RunId}");
    private static readonly string TemplateDatabase = $"mm_template_{RunId}";
    private static readonly Lazy<bool> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    // PostgreSQL refuses to copy a template that another CREATE DATABASE is copying at the same moment.
    private static readonly Lock CopyLock = new();

    /// <summary>The PostgreSQL server to test against (<c>MM_PG</c>), or null for SQLite.</summary>
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("MM_PG") is { Length: > 0 } server ? server : null;

    private static string TemplateFile => Path.Combine(TemplateDirectory, "template.db");

    public static string ConnectionString(string postgresDatabase, string sqliteFile) => PostgresServer is { } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString
        : $"Data Source={sqliteFile}";

    /// <summary>The settings every test app runs with.</summary>
    public static void Configure(IWebHostBuilder builder, string connectionString, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", PostgresServer is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("DemoAccounts:Enabled", "false");

        // Mail goes over real SMTP to the test process's own capture server, not to the app's Development one.
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", TestMailbox.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "None");
        builder.UseSetting("Email:FromAddress", "no-reply@test.local");
        builder.UseSetting("Email:Capture:Enabled", "false");

        // Services called from a test's scope have no page to take an address from; the test server's own.
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost/");

        // Many tests log in from one (test) address within seconds; AccountRateLimitTests lowers it again to test it.
        builder.UseSetting("RateLimiting:AccountPosts:PermitLimit", "100000");
        builder.UseSetting("RateLimiting:FailedLogIns:PermitLimit", "100000");

        // The app's "now" is a fixed instant, so that "today" in a test is the same day whenever the suite runs.
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Given.Clock());
        });
    }

    /// <summary>Makes the database a test app will open: a copy of the template.</summary>
    public static void CreateCopy(string postgresDatabase, string sqliteFile)
    {
        _ = Template.Value;
        if (PostgresServer is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sqliteFile)!);
            File.Copy(TemplateFile, sqliteFile, overwrite: true);
            return;
        }

        lock (CopyLock)
        {
            ExecuteOnServer($"CREATE DATABASE \"{postgresDatabase}\" TEMPLATE \"{TemplateDatabase}\"");
        }
    }

    public static async Task DropPostgresDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static bool CreateTemplate()
    {
        Directory.CreateDirectory(TemplateDirectory);
        var connectionString = ConnectionString(TemplateDatabase, TemplateFile);

        // Starting the app migrates and seeds; disposing it lets the template be copied (no open connections).
        using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => Configure(b, connectionString, TemplateDirectory)))
        {
            _ = app.Server;
        }

        if (PostgresServer is null)
        {
            SqliteConnection.ClearAllPools();

            // Fold the WAL into the file so that a plain copy holds everything.
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
            checkpoint.ExecuteNonQuery();
            connection.Close();
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveTemplate();
        return true;
    }

    private static void RemoveTemplate()
    {
        try
        {
            if (PostgresServer is not null)
            {
                NpgsqlConnection.ClearAllPools();
                ExecuteOnServer($"DROP DATABASE IF EXISTS \"{TemplateDatabase}\" WITH (FORCE)");
            }

            Directory.Delete(TemplateDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or NpgsqlException or UnauthorizedAccessException)
        {
            // Best effort at process exit: a throw-away server or the OS temp folder takes the rest.
        }
    }

    private static void ExecuteOnServer(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;
}
