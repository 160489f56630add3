using System.Globalization;
using CsvHelper;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>The real seeded catalog, topped up with synthetic foods (deterministic) to a given size.</summary>
public static class SearchCatalog
{
    /// <summary>What mothers type: whole words, prefixes while typing, two-word queries and typos.</summary>
    public static IReadOnlyList<string> Queries { get; } =
    [
        "lentils", "lentl", "greek yog", "kefir", "banana", "oats", "sauerkr", "kimchi", "brocoli", "chickpea",
        "spinach raw", "salmon", "brown rice", "apple", "yogurt plain", "choclate", "almonds", "coffee", "milk whole", "tofu",
    ];

    public static List<SearchableFood> Load(int size)
    {
        var foods = ReadSeededFoods();
        var words = foods.SelectMany(f => f.Name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();
        var random = new Random(42);
        var groups = foods.Select(f => f.FoodGroup).Distinct().ToArray();
        for (var id = foods.Count + 1; foods.Count < size; id++)
        {
            var name = string.Join(", ", Enumerable.Range(0, random.Next(2, 6)).Select(_ => words[random.Next(words.Length)]));
            foods.Add(new SearchableFood(id, $"{name} (synthetic {id})", [], groups[random.Next(groups.Length)], random.Next(1, 5)));
        }

        return foods;
    }

    private static List<SearchableFood> ReadSeededFoods()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryRoot(), "seeds", SeedLoader.FoodsFile));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<FoodSeedRow>()
            .Select((row, i) => new SearchableFood(i + 1, row.Name, CatalogCodes.SplitList(row.Synonyms), row.FoodGroup, row.Nova))
            .ToList();
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MaternalMicrobiome.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
