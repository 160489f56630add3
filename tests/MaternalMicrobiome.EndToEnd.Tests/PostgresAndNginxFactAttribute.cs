namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// A browser test that needs a PostgreSQL server (<c>MM_PG_SERVER</c>) and Debian's nginx. Without either it is
/// skipped with the reason, so a plain <c>dotnet test</c> passes on a machine without them; ./test.sh installs nginx,
/// starts a server, sets the variable and fails when any test was skipped, so in CI it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresAndNginxFactAttribute : FactAttribute
{
    public PostgresAndNginxFactAttribute()
    {
        var missing = new List<string>();
        if (Server is null)
        {
            missing.Add("no PostgreSQL server configured: set MM_PG_SERVER to its connection string");
        }

        if (!File.Exists(NginxProcess.Executable))
        {
            missing.Add($"nginx is not installed ({NginxProcess.Executable}): apt-get install -y nginx");
        }

        if (missing.Count > 0)
        {
            Skip = $"{string.Join("; ", missing)} (./test.sh provides both).";
        }
    }

    /// <summary>The PostgreSQL server's connection string, or null when none is configured.</summary>
    public static string? Server { get; } = Environment.GetEnvironmentVariable("MM_PG_SERVER") is { Length: > 0 } server ? server : null;
}
