using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The real app on a temporary SQLite file: real migrations, real seeds, real Identity.</summary>
public sealed class SqliteWebAppFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"mm-test-{Guid.NewGuid():N}");

    public string DatabasePath => Path.Combine(DataDirectory, "test.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("DemoAccounts:Enabled", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
