namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// A test that needs a PostgreSQL server of its own to talk to (<c>MM_PG</c>, or <c>MM_PG_SERVER</c> in the SQLite
/// pass). Without one it is skipped with the reason, so a plain <c>dotnet test</c> passes on a machine without
/// PostgreSQL; ./test.sh sets both variables and fails when any test was skipped, so in CI it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Server is null)
        {
            Skip = "No PostgreSQL server configured: set MM_PG_SERVER to its connection string (./test.sh starts one and sets it).";
        }
    }

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? Server { get; } =
        Environment.GetEnvironmentVariable("MM_PG") is { Length: > 0 } pg ? pg
        : Environment.GetEnvironmentVariable("MM_PG_SERVER") is { Length: > 0 } other ? other
        : null;
}
