using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>The baseline: a plain case-insensitive substring scan over the same names (every word must occur).</summary>
public sealed class SubstringScan(IReadOnlyList<SearchableFood> foods)
{
    public List<SearchableFood> Search(string query, int take)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var results = new List<SearchableFood>(take);
        foreach (var food in foods)
        {
            if (words.All(w => food.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                results.Add(food);
                if (results.Count == take)
                {
                    break;
                }
            }
        }

        return results;
    }
}
