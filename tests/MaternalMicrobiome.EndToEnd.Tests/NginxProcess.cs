using System.Diagnostics;
using System.Globalization;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// Debian's nginx as a child process in the foreground, with its configuration, pid, logs and temp files in one
/// folder, as a load balancer in front of several app instances (the configuration docs/operations.md shows).
/// </summary>
public sealed class NginxProcess : IAsyncDisposable
{
    /// <summary>Debian's nginx, which the multi-instance test needs installed.</summary>
    public const string Executable = "/usr/sbin/nginx";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(20);

    private readonly string folder;
    private Process? process;

    private NginxProcess(string folder, int port)
    {
        this.folder = folder;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseUrl { get; }

    /// <summary>The error log so far, for failure messages.</summary>
    public string ErrorLog => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : string.Empty;

    /// <summary>Writes the configuration into <paramref name="folder"/> and starts nginx on a free loopback port.</summary>
    public static async Task<NginxProcess> StartAsync(string folder, IEnumerable<int> upstreamPorts)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"nginx is not installed ({Executable} is missing): apt-get install -y nginx (test.sh does it as root).");
        }

        Directory.CreateDirectory(folder);
        var nginx = new NginxProcess(folder, FreePort.Next());
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(folder, nginx.BaseUrl.Port, upstreamPorts));

        var startInfo = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", config, "-g", "daemon off;" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        nginx.process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start nginx.");
        await nginx.WaitUntilAnsweringAsync();
        return nginx;
    }

    /// <summary>
    /// Sticky by a cookie of nginx's own: a browser without <c>nt_affinity</c> gets a random one (the request id), and
    /// the consistent hash of it picks her instance for every later request, the circuit's negotiate and WebSocket
    /// included. A dead instance's requests go to the next one (<c>proxy_next_upstream</c>).
    /// </summary>
    public static string Configuration(string folder, int port, IEnumerable<int> upstreamPorts)
    {
        var servers = string.Concat(upstreamPorts.Select(p => string.Create(CultureInfo.InvariantCulture, $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n")));
        return $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            events { worker_connections 1024; }
            http {
              access_log {{folder}}/access.log;
              client_body_temp_path {{folder}}/client_body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;

              map $http_upgrade $connection_upgrade {
                default upgrade;
                ''      close;
              }
              map $cookie_nt_affinity $affinity {
                ''      $request_id;
                default $cookie_nt_affinity;
              }
              map $cookie_nt_affinity $affinity_cookie {
                ''      "nt_affinity=$request_id; Path=/; HttpOnly; SameSite=Lax";
                default "";
              }

              upstream nourishing_two {
                hash $affinity consistent;
            {{servers}}  }

              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://nourishing_two;
                  proxy_http_version 1.1;
                  proxy_set_header Upgrade $http_upgrade;
                  proxy_set_header Connection $connection_upgrade;
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_next_upstream error timeout;
                  proxy_read_timeout 1h;
                  add_header Set-Cookie $affinity_cookie always;
                }
              }
            }
            """;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false } running)
        {
            // The master and its worker: a killed master alone would leave the worker listening.
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (true)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}{ErrorLog}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nginx did not answer /health within {StartupTimeout.TotalSeconds:0} s.{Environment.NewLine}{ErrorLog}");
            }
        }
    }
}
