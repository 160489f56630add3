using BenchmarkDotNet.Attributes;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>Mean time per query of the search index against a substring scan, on the real catalog and on 10,000 foods.</summary>
[MemoryDiagnoser]
public class FoodSearchBenchmarks
{
    private FoodSearchIndex index = null!;
    private SubstringScan scan = null!;

    [Params(0, 10_000)]
    public int CatalogSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var foods = SearchCatalog.Load(CatalogSize);
        index = new FoodSearchIndex(foods);
        scan = new SubstringScan(foods);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 20)]
    public int SubstringScanPerQuery()
    {
        var found = 0;
        foreach (var query in SearchCatalog.Queries)
        {
            found += scan.Search(query, 20).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 20)]
    public int IndexPerQuery()
    {
        var found = 0;
        foreach (var query in SearchCatalog.Queries)
        {
            found += index.Search(query, 20).Count;
        }

        return found;
    }
}
