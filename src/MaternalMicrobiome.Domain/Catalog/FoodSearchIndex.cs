using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Type-ahead search over food names and synonyms: every word typed must start a word of the food's name or of one
/// of its synonyms ("len cook" finds "Lentils, cooked"). Names that start with the first word rank first, then
/// shorter (plainer) names. Immutable once built; safe to share between threads.
/// </summary>
public sealed partial class FoodSearchIndex
{
    private readonly Entry[] entries;

    private sealed record Entry(SearchableFood Food, string[] NameWords, string[] SynonymWords, string NormalizedName);

    public FoodSearchIndex(IEnumerable<SearchableFood> foods)
    {
        ArgumentNullException.ThrowIfNull(foods);
        entries = foods
            .Select(f => new Entry(f, Words(f.Name), f.Synonyms.SelectMany(Words).ToArray(), Normalize(f.Name)))
            .ToArray();
    }

    public int Count => entries.Length;

    public IReadOnlyList<SearchableFood> Search(string? query, int take = 20)
    {
        var queryWords = Words(query ?? string.Empty);
        if (queryWords.Length == 0 || take <= 0)
        {
            return [];
        }

        return entries
            .Select(e => (Entry: e, Rank: Rank(e, queryWords)))
            .Where(x => x.Rank is not null)
            .OrderBy(x => x.Rank!.Value.Tier)
            .ThenBy(x => x.Rank!.Value.Length)
            .ThenBy(x => x.Entry.Food.Name, StringComparer.OrdinalIgnoreCase)
            .Take(take)
            .Select(x => x.Entry.Food)
            .ToList();
    }

    /// <summary>Lower tier ranks first: 0 name starts with the query, 1 all words in the name, 2 via a synonym.</summary>
    private static (int Tier, int Length)? Rank(Entry entry, string[] queryWords)
    {
        var inName = queryWords.All(q => entry.NameWords.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
        if (!inName && !queryWords.All(q => entry.NameWords.Concat(entry.SynonymWords).Any(w => w.StartsWith(q, StringComparison.Ordinal))))
        {
            return null;
        }

        var tier = !inName ? 2 : entry.NormalizedName.StartsWith(queryWords[0], StringComparison.Ordinal) ? 0 : 1;
        return (tier, entry.NormalizedName.Length);
    }

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string[] Words(string text) => WordPattern().Matches(Normalize(text)).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
