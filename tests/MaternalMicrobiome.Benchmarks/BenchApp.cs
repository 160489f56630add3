using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// The real app in-process on its own SQLite file in a fresh temp folder (migrated and seeded with the real catalog on
/// start), as every in-process report runs it; the folder goes with <see cref="DisposeAsync"/>.
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private BenchApp(string dataDirectory, WebApplicationFactory<AccountService> factory)
    {
        DataDirectory = dataDirectory;
        Factory = factory;
    }

    public string DataDirectory { get; }

    public WebApplicationFactory<AccountService> Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public static BenchApp Create(Action<IWebHostBuilder>? configure = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"mm-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        var factory = new WebApplicationFactory<AccountService>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(Path.Combine(SearchCatalog.RepositoryRoot(), "src", "MaternalMicrobiome.Web"));
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(dataDirectory, "bench.db")}");
            b.UseSetting("Storage:DataDirectory", dataDirectory);
            b.UseSetting("DemoAccounts:Enabled", "false");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            configure?.Invoke(b);
        });
        return new BenchApp(dataDirectory, factory);
    }

    /// <summary>A scope whose services see <paramref name="userId"/> signed in, as a circuit of hers would.</summary>
    public async Task<AsyncServiceScope> SignedInScopeAsync(string userId)
    {
        var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId)
            ?? throw new InvalidOperationException($"No user {userId}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
