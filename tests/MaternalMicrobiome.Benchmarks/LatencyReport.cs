using System.Diagnostics;
using System.Globalization;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// Per-query latency percentiles (BenchmarkDotNet reports means and up to P95; the target is a 99th percentile).
/// Every query of the set is timed alone, many times, after a warm-up.
/// </summary>
public static class LatencyReport
{
    public static void Run(int size, int rounds)
    {
        var foods = SearchCatalog.Load(size);
        var index = new FoodSearchIndex(foods);
        var scan = new SubstringScan(foods);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catalog: {foods.Count} foods, {SearchCatalog.Queries.Count} queries x {rounds} rounds"));
        Report("index", q => index.Search(q, 20).Count, rounds);
        if (Environment.GetEnvironmentVariable("MM_PER_QUERY") == "1")
        {
            foreach (var query in SearchCatalog.Queries)
            {
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < 50; i++)
                {
                    index.Search(query, 20);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query,-12} {Stopwatch.GetElapsedTime(start).TotalMicroseconds / 50,8:0.0} µs"));
            }
        }

        Report("substring scan", q => scan.Search(q, 20).Count, rounds);
    }

    private static void Report(string name, Func<string, int> search, int rounds)
    {
        foreach (var query in SearchCatalog.Queries)
        {
            search(query);
        }

        var samples = new List<double>(rounds * SearchCatalog.Queries.Count);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in SearchCatalog.Queries)
            {
                var start = Stopwatch.GetTimestamp();
                search(query);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        samples.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-15} p50 {Latency.Percentile(samples, 0.50),8:0.0} µs   p95 {Latency.Percentile(samples, 0.95),8:0.0} µs   p99 {Latency.Percentile(samples, 0.99),8:0.0} µs   max {samples[^1],8:0.0} µs"));
    }
}
