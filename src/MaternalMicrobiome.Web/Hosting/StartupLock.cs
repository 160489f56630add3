using Npgsql;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>
/// Lets one app instance at a time migrate and seed a PostgreSQL database: a session advisory lock ("NT-init") on a
/// connection of its own, released when disposed. If an instance dies holding it, the server ends its session and the
/// lock with it. Advisory locks belong to one database, so instances of other databases never wait on each other.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    public const long Key = 0x4E_54_2D_69_6E_69_74;

    /// <summary>
    /// How long an instance waits for another to migrate and seed: a first seed of the whole catalog takes tens of
    /// seconds, more on a busy machine, well past Npgsql's default 30 s command timeout (which the wait used to be).
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(10);

    private readonly NpgsqlConnection connection;

    private StartupLock(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Waits up to <paramref name="wait"/> for the lock on the database <paramref name="connectionString"/> names.</summary>
    /// <exception cref="InvalidOperationException">Another instance held it all that time.</exception>
    public static async Task<StartupLock> AcquireAsync(string connectionString, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var acquire = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
            acquire.CommandTimeout = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            await acquire.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"Another instance has been migrating or seeding this database for {wait.TotalSeconds:0} s (PostgreSQL advisory lock {Key}); "
                + "check that instance, or end its session, and start this one again.",
                e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Explicitly: a pooled connection's reset (which would release it) is deferred until the connection is reused.
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection))
        {
            await release.ExecuteNonQueryAsync();
        }

        await connection.DisposeAsync();
    }
}
