using System.Diagnostics;
using System.Globalization;

namespace MaternalMicrobiome.LoadTests;

/// <summary>
/// The app's managed heap after a full collection, read with the dotnet-gcdump tool (it forces the GC and walks the
/// heap): steadier than the RSS, which moves with the collector. The dump is kept for `dotnet-gcdump report`.
/// </summary>
public static class ManagedHeap
{
    public static async Task<(double MiB, string DumpPath)> CollectAsync(string tool, int processId, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nt-load-{processId}-{name}.gcdump");
        await RunAsync(tool, $"collect -p {processId} -o {path}");
        foreach (var line in (await RunAsync(tool, $"report {path}")).Split('\n'))
        {
            if (line.TrimEnd().EndsWith("GC Heap bytes", StringComparison.Ordinal))
            {
                var bytes = long.Parse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                return (bytes / 1024.0 / 1024.0, path);
            }
        }

        throw new InvalidOperationException($"No heap size in the report of {path}.");
    }

    private static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} {arguments} failed: {await process.StandardError.ReadToEndAsync()}");
    }
}
