using System.Globalization;

namespace MaternalMicrobiome.LoadTests;

/// <summary>
/// Command line: <c>--url http://127.0.0.1:5199 --smtp-port 5198 --users 10,20,40 --duration 60s --max-users 100 --think 1s
/// --pid 1234 --idle 20 --gcdump ~/.dotnet/tools/dotnet-gcdump</c>.
/// </summary>
public sealed class LoadOptions
{
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1:5199/");

    /// <summary>The loopback port of the SMTP capture this run starts, where the app sends its confirmation mail.</summary>
    public int SmtpPort { get; private set; } = 5198;

    public IReadOnlyList<int> Users { get; private set; } = [10, 20, 40];

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(60);

    /// <summary>A hard cap on simulated mothers whatever <see cref="Users"/> says: each is a Chromium context on this machine.</summary>
    public int MaxUsers { get; private set; } = 100;

    /// <summary>A mother's pause between actions; 0 for a closed loop as fast as the browser goes.</summary>
    public TimeSpan Think { get; private set; } = TimeSpan.FromSeconds(1);

    /// <summary>The app's process id, for its resident memory; 0 skips the memory measurement.</summary>
    public int ProcessId { get; private set; }

    /// <summary>Idle circuits for the memory measurement; 0 means as many as the largest step.</summary>
    public int IdleCircuits { get; private set; }

    /// <summary>The dotnet-gcdump tool, if installed: the managed heap is then read after a full GC as well as the RSS.</summary>
    public string? GcDumpTool { get; private set; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--smtp-port":
                    options.SmtpPort = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--url":
                    options.BaseUrl = new Uri(value.TrimEnd('/') + "/");
                    break;
                case "--users":
                    options.Users = value.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--duration":
                    options.Duration = ParseSeconds(value);
                    break;
                case "--max-users":
                    options.MaxUsers = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--think":
                    options.Think = ParseSeconds(value);
                    break;
                case "--pid":
                    options.ProcessId = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--idle":
                    options.IdleCircuits = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--gcdump":
                    options.GcDumpTool = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.", nameof(args));
            }
        }

        options.Users = options.Users.Where(n => n > 0 && n <= options.MaxUsers).Distinct().Order().ToList();
        options.IdleCircuits = Math.Min(options.IdleCircuits, options.MaxUsers);
        return options;
    }

    private static TimeSpan ParseSeconds(string value) =>
        TimeSpan.FromSeconds(double.Parse(value.TrimEnd('s'), CultureInfo.InvariantCulture));
}
