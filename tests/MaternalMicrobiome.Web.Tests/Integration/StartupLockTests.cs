using MaternalMicrobiome.Web.Hosting;
using Npgsql;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// The lock that lets one instance at a time migrate and seed a PostgreSQL database, on a database of its own on the
/// test server (<c>MM_PG</c> or <c>MM_PG_SERVER</c>, which ./test.sh sets for both passes; skipped without one). The
/// connection's command timeout is 1 s here, so a wait bounded by it would give up while the first instance is still
/// seeding (which is how a second instance crashed at start-up when the first seed took over Npgsql's default 30 s).
/// </summary>
public sealed class StartupLockTests : IAsyncLifetime
{
    private readonly string database = $"mm_lock_{Guid.NewGuid():N}";
    // Skipped tests never construct the class, so without a server this throws only if a test lacks PostgresFact.
    private readonly string server = PostgresFactAttribute.Server
        ?? throw new InvalidOperationException("MM_PG or MM_PG_SERVER must name a PostgreSQL server (./test.sh sets both).");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 1 }.ConnectionString;

    public async Task InitializeAsync() => await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    [PostgresFact]
    public async Task A_second_instance_waits_past_the_command_timeout_until_the_first_is_done()
    {
        var first = await StartupLock.AcquireAsync(ConnectionString, TimeSpan.FromSeconds(30));
        var second = StartupLock.AcquireAsync(ConnectionString, TimeSpan.FromSeconds(30));
        await WaitUntilSomeoneWaitsForTheLockAsync();

        // The first instance "seeds" for longer than the connection's 1 s command timeout.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(second.IsCompleted, second.Exception?.GetBaseException().Message ?? "The second instance got the lock while the first held it.");

        await first.DisposeAsync();
        await using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [PostgresFact]
    public async Task An_instance_that_waited_too_long_stops_with_a_message_naming_the_lock()
    {
        await using var first = await StartupLock.AcquireAsync(ConnectionString, TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartupLock.AcquireAsync(ConnectionString, TimeSpan.FromSeconds(1)));

        Assert.Contains("advisory lock", error.Message, StringComparison.Ordinal);
        Assert.Contains("migrating or seeding", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Released_it_is_free_for_the_next_instance_at_once()
    {
        await (await StartupLock.AcquireAsync(ConnectionString, TimeSpan.FromSeconds(30))).DisposeAsync();

        await using var next = await StartupLock.AcquireAsync(ConnectionString, TimeSpan.FromSeconds(1));
    }

    /// <summary>Until the server lists an ungranted advisory lock on this database (the second instance is queued).</summary>
    private async Task WaitUntilSomeoneWaitsForTheLockAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = @name",
            connection);
        waiting.Parameters.AddWithValue("name", database);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await waiting.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The second instance never queued for the lock.");
            await Task.Delay(50);
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
