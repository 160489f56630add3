using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// The real app (the Web project's build output) as a child process on loopback: started with the given settings,
/// stopped politely or killed with SIGKILL, and started again on the same data. Browser and crash tests drive it.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private readonly StringBuilder output = new();
    private readonly IReadOnlyList<string> settings;
    private TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? process;

    /// <param name="settings">Configuration as command-line pairs, e.g. <c>--ConnectionStrings:Default</c>, value.</param>
    /// <param name="port">0 for a free port chosen by the OS (a restart then gets a new one).</param>
    public AppProcess(IEnumerable<string> settings, int port = 0)
    {
        this.settings = settings.ToList();
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address it listens on, with a trailing slash; valid after <see cref="StartAsync"/>.</summary>
    public Uri BaseUrl { get; private set; } = default!;

    public int ProcessId => process?.Id ?? throw new InvalidOperationException("Not started.");

    public bool HasExited => process is null || process.HasExited;

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

    /// <summary>The folder that holds MaternalMicrobiome.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>A SQLite app on a data folder of its own, in Development (as the browser journeys use it).</summary>
    public static AppProcess OnSqlite(string dataDirectory) => new(
    [
        "--environment", "Development",
        "--ConnectionStrings:Default", $"Data Source={Path.Combine(dataDirectory, "app.db")}",
        "--Storage:DataDirectory", dataDirectory,

        // The journeys register and log in many mothers from 127.0.0.1: far above the per-IP limit meant for strangers.
        "--RateLimiting:AccountPosts:PermitLimit", "100000",
    ]);

    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException("Already running.");
        }

        process?.Dispose();
        listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // E2E_WEB_PROJECT_DIR runs the suite against another checkout's built Web project (e.g. a candidate fix).
        var projectFolder = Environment.GetEnvironmentVariable("E2E_WEB_PROJECT_DIR") is { Length: > 0 } other
            ? Path.GetFullPath(other)
            : Path.Combine(RepositoryRoot, "src", "MaternalMicrobiome.Web");
        var dll = Path.Combine(projectFolder, "bin", configuration, "net10.0", "MaternalMicrobiome.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The app is not built for {configuration}: build the E2E test project (it builds the Web project).", dll);
        }

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Mail goes over SMTP to the test process's capture server (TestMailbox), where the journeys open it.
        string[] mail =
        [
            "--Email:Host", "127.0.0.1", "--Email:Port", TestMailbox.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Email:Security", "None", "--Email:Capture:Enabled", "false",
        ];
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{Port}" }.Concat(mail).Concat(settings))
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The command line wins anyway; clearing these keeps a developer's shell settings out of the log and the app.
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        startInfo.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        startInfo.Environment.Remove("DOTNET_ENVIRONMENT");

        var started = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var ready = listening;
        started.OutputDataReceived += (_, e) => OnOutput(e.Data, ready);
        started.ErrorDataReceived += (_, e) => OnOutput(e.Data, ready);
        started.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The app exited before listening.{Environment.NewLine}{Output}"));
        process = started;

        if (!started.Start())
        {
            throw new InvalidOperationException("Could not start dotnet.");
        }

        started.BeginOutputReadLine();
        started.BeginErrorReadLine();

        try
        {
            var address = await ready.Task.WaitAsync(StartupTimeout);
            BaseUrl = new Uri(address.ToString().TrimEnd('/') + "/");
        }
        catch (TimeoutException)
        {
            // Not left running: the caller's clean-up may never see this process.
            await KillAsync();
            throw new TimeoutException($"The app did not print 'Now listening on' within {StartupTimeout.TotalSeconds:0} s.{Environment.NewLine}{Output}");
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what was committed must survive this.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process?.Dispose();
    }

    private void OnOutput(string? line, TaskCompletionSource<Uri> ready)
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
            ready.TrySetResult(new Uri(match.Groups[1].Value));
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
