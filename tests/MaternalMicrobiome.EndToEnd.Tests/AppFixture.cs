using Microsoft.Playwright;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// Starts the real app (the Web project's build output, on a fresh SQLite file and data folder) as a child process
/// on a free port, and one headless Debian Chromium for every test in the <see cref="AppCollectionDefinition"/>.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"nourishing-two-e2e-{Guid.NewGuid():N}");
    private AppProcess? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The app's address, e.g. http://127.0.0.1:41234/ (with the trailing slash).</summary>
    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output => app?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        // Blazor Server needs the first render to JIT and the circuit to connect; be patient with the first page.
        Assertions.SetDefaultExpectTimeout(15_000);

        Directory.CreateDirectory(dataDirectory);
        try
        {
            app = AppProcess.OnSqlite(dataDirectory);
            await app.StartAsync();
            BaseUrl = app.BaseUrl;

            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch
        {
            // Do not leave the app running when set-up fails part-way.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh browser context (own cookies) and page at the given viewport size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, Uri? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseUrl ?? BaseUrl).ToString(),
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

    /// <summary>
    /// The path of a screenshot, its folder created: <c>MM_SCREENSHOTS_DIR</c> when set (tests/refresh-screenshots.sh
    /// points it at docs/screenshots), otherwise a folder under the system's temp folder, so a test run leaves the
    /// working tree as it was.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Tests call it on the fixture they are given.")]
    public string ScreenshotPath(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("MM_SCREENSHOTS_DIR") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(Path.GetTempPath(), "maternalmicrobiome-screenshots");
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
            await app.DisposeAsync();
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
}
