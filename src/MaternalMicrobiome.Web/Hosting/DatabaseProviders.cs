namespace MaternalMicrobiome.Web.Hosting;

/// <summary>Reads <c>Database:Provider</c>; a typo is a start-up error, not a silent fall-back to SQLite.</summary>
public static class DatabaseProviders
{
    public static DatabaseProvider Parse(string? configured) => configured?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider '{configured}' is not supported: use Sqlite or Postgres."),
    };
}
