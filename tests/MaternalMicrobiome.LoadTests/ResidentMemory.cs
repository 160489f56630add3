using System.Globalization;

namespace MaternalMicrobiome.LoadTests;

/// <summary>
/// The app's resident set (VmRSS in /proc/&lt;pid&gt;/status), read from outside: a forced GC is not possible from here,
/// so the figure is the median of several samples a little apart.
/// </summary>
public static class ResidentMemory
{
    public static double ReadMiB(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kib = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {processId}.");
    }

    public static async Task<double> MedianMiBAsync(int processId, int samples = 9)
    {
        var values = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            values.Add(ReadMiB(processId));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        return Percentiles.Median(values);
    }
}
