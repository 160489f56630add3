using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// Starts the real app (the Web project's build output, on a fresh SQLite file and data folder) as a child process
/// on a free port, and one headless Debian Chromium for every test in the <see cref="AppCollectionDefinition"/>.
/// </summary>
public sealed partial class AppFixture : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"nourishing-two-e2e-{Guid.NewGuid():N}");
    private Process? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The folder that holds MaternalMicrobiome.sln.</summary>
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The app's address, e.g. http://127.0.0.1:41234/ (with the trailing slash).</summary>
    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    public async Task InitializeAsync()
    {
        // Blazor Server needs the first render to JIT and the circuit to connect; be patient with the first page.
        Assertions.SetDefaultExpectTimeout(15_000);

        BaseUrl = await StartAppAsync();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) and page at the given viewport size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Runs a test body on a fresh page; on failure saves a screenshot and the page's HTML under the test output's
    /// artifacts folder and adds the app's log tail to the message. The browser context is closed either way.
    /// </summary>
    public async Task WithPageAsync(string testName, Func<IPage, Task> test, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(test);
        var page = await NewPageAsync(width, height);
        try
        {
            await test(page);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(artifacts);
            var stem = Path.Combine(artifacts, testName);
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true });
                await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            }
            catch (PlaywrightException)
            {
                // The page is gone; the original failure is what matters.
            }

            var log = Output;
            var tail = log.Length > 6000 ? log[^6000..] : log;
            throw new InvalidOperationException(
                $"{failure.Message}{Environment.NewLine}Page: {page.Url}; artifacts: {stem}.png/.html{Environment.NewLine}App log (tail):{Environment.NewLine}{tail}",
                failure);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The path of a screenshot under docs/screenshots, its folder created.</summary>
    public string ScreenshotPath(string fileName)
    {
        var folder = Path.Combine(RepositoryRoot, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();

        if (app is not null)
        {
            try
            {
                if (!app.HasExited)
                {
                    app.Kill(entireProcessTree: true);
                    await app.WaitForExitAsync();
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            app.Dispose();
        }

        try
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up with the temp folder.
        }
    }

    public void Dispose() => app?.Dispose();

    private async Task<Uri> StartAppAsync()
    {
        var configuration = typeof(AppFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // E2E_WEB_PROJECT_DIR runs the suite against another checkout's built Web project (e.g. a candidate fix).
        var projectFolder = Environment.GetEnvironmentVariable("E2E_WEB_PROJECT_DIR") is { Length: > 0 } other
            ? Path.GetFullPath(other)
            : Path.Combine(RepositoryRoot, "src", "MaternalMicrobiome.Web");
        var dll = Path.Combine(projectFolder, "bin", configuration, "net10.0", "MaternalMicrobiome.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The app is not built for {configuration}: build the E2E test project (it builds the Web project).", dll);
        }

        Directory.CreateDirectory(dataDirectory);
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            dll,
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            "--ConnectionStrings:Default", $"Data Source={Path.Combine(dataDirectory, "app.db")}",
            "--Storage:DataDirectory", dataDirectory,
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The command line wins anyway; clearing these keeps a developer's shell settings out of the log and the app.
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        startInfo.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        startInfo.Environment.Remove("DOTNET_ENVIRONMENT");

        app = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        app.OutputDataReceived += (_, e) => OnOutput(e.Data);
        app.ErrorDataReceived += (_, e) => OnOutput(e.Data);
        app.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The app exited before listening.{Environment.NewLine}{Output}"));

        if (!app.Start())
        {
            throw new InvalidOperationException("Could not start dotnet.");
        }

        app.BeginOutputReadLine();
        app.BeginErrorReadLine();

        try
        {
            var address = await listening.Task.WaitAsync(StartupTimeout);
            return new Uri(address.ToString().TrimEnd('/') + "/");
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The app did not print 'Now listening on' within {StartupTimeout.TotalSeconds:0} s.{Environment.NewLine}{Output}");
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MaternalMicrobiome.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No MaternalMicrobiome.sln above {AppContext.BaseDirectory}.");
    }
}
