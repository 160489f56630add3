using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// Type-ahead search over food names and synonyms, built once and shared between threads.
/// Every word typed must match a word of the food: as a prefix ("len cook" finds "Lentils, cooked"), or, when no word
/// of the catalog starts with it, within one typo (two for words of 8 letters or more: "lentl" finds lentils).
/// Ranking: the searcher's recent and favourite foods first, then the quality of the match, then everyday whole foods
/// above branded and restaurant items, then shorter (plainer) names.
/// </summary>
public sealed partial class FoodSearchIndex
{
    private const float PrefixInName = 3f;
    private const float PrefixInSynonym = 2.5f;
    private const float TypoInName = 1.5f;
    private const float TypoInSynonym = 1f;
    private const float FirstWordBonus = 2f;
    private const float PreferredBonus = 100f;
    private const float OptionalWordInName = 0.5f;

    /// <summary>
    /// How people say a food ("a cup of black coffee", "a glass of kefir", "a bowl of plain yogurt"): these words may
    /// lift a food that has them but never empty the results, because most names do not have them. Alone they are
    /// searched as usual ("black" still finds black beans).
    /// </summary>
    public static IReadOnlySet<string> OptionalWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "some", "my", "with",
        "cup", "cups", "glass", "glasses", "mug", "mugs", "bowl", "bowls", "plate", "portion", "serving",
        "black", "plain",
    };

    private static readonly HashSet<string> SecondaryGroups = new(StringComparer.Ordinal)
    {
        "Restaurant Foods", "Fast Foods", "Baby Foods", "Meals, Entrees, and Side Dishes", "American Indian/Alaska Native Foods",
    };

    private readonly SearchableFood[] foods;
    private readonly string[] normalizedNames;
    private readonly float[] priors;
    private readonly string[] vocabulary;
    private readonly int[][] nameFoods;
    private readonly int[][] synonymFoods;

    public FoodSearchIndex(IEnumerable<SearchableFood> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foods = source.ToArray();
        normalizedNames = foods.Select(f => Normalize(f.Name)).ToArray();
        priors = foods.Select(Prior).ToArray();

        var inNames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var inSynonyms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < foods.Length; i++)
        {
            foreach (var word in Words(foods[i].Name).Distinct(StringComparer.Ordinal))
            {
                Postings(inNames, word).Add(i);
            }

            foreach (var word in foods[i].Synonyms.SelectMany(Words).Distinct(StringComparer.Ordinal))
            {
                Postings(inSynonyms, word).Add(i);
            }
        }

        vocabulary = inNames.Keys.Union(inSynonyms.Keys).Order(StringComparer.Ordinal).ToArray();
        nameFoods = vocabulary.Select(w => inNames.TryGetValue(w, out var ids) ? ids.ToArray() : []).ToArray();
        synonymFoods = vocabulary.Select(w => inSynonyms.TryGetValue(w, out var ids) ? ids.ToArray() : []).ToArray();
    }

    public int Count => foods.Length;

    public IReadOnlyList<SearchableFood> Search(string? query, int take = 20) => Search(query, new FoodSearchOptions(take));

    public IReadOnlyList<SearchableFood> Search(string? query, FoodSearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allWords = Words(query ?? string.Empty);
        if (allWords.Length == 0 || options.Take <= 0 || foods.Length == 0)
        {
            return [];
        }

        var queryWords = allWords.Where(w => !OptionalWords.Contains(w)).ToArray();
        var optionalWords = queryWords.Length == 0 ? [] : allWords.Where(OptionalWords.Contains).ToArray();
        if (queryWords.Length == 0)
        {
            queryWords = allWords;
        }

        var total = ArrayPool<float>.Shared.Rent(foods.Length);
        var best = ArrayPool<float>.Shared.Rent(foods.Length);
        try
        {
            Array.Clear(total, 0, foods.Length);
            Array.Clear(best, 0, foods.Length);
            List<int>? candidates = null;
            foreach (var word in queryWords)
            {
                var touched = new List<int>();
                foreach (var (wordIndex, isTypo) in MatchingWords(word))
                {
                    Score(nameFoods[wordIndex], isTypo ? TypoInName : PrefixInName, best, touched);
                    Score(synonymFoods[wordIndex], isTypo ? TypoInSynonym : PrefixInSynonym, best, touched);
                }

                // A food stays a candidate only while every word typed so far matched it.
                var matched = new HashSet<int>(touched);
                candidates = candidates is null ? touched : candidates.Where(matched.Contains).ToList();
                foreach (var id in touched)
                {
                    total[id] += best[id];
                    best[id] = 0;
                }

                if (candidates.Count == 0)
                {
                    return [];
                }
            }

            // Whole optional words only: "a" must not act as a prefix of every word starting with "a".
            foreach (var word in optionalWords)
            {
                var at = LowerBound(word);
                if (at < vocabulary.Length && vocabulary[at] == word)
                {
                    foreach (var id in nameFoods[at])
                    {
                        total[id] += OptionalWordInName;
                    }
                }
            }

            return Rank(candidates!, total, queryWords[0], options);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(total);
            ArrayPool<float>.Shared.Return(best);
        }
    }

    private List<SearchableFood> Rank(List<int> candidates, float[] total, string firstWord, FoodSearchOptions options)
    {
        var ranked = new List<(int Id, float Score)>(candidates.Count);
        foreach (var id in candidates)
        {
            var food = foods[id];
            if (food.OwnerId is not null && food.OwnerId != options.OwnerId && food.OwnerId != options.LibraryOwnerId)
            {
                continue;
            }

            var score = total[id] + priors[id];
            if (normalizedNames[id].StartsWith(firstWord, StringComparison.Ordinal))
            {
                score += FirstWordBonus;
            }

            if (options.Preferred?.Contains(food.Id) == true)
            {
                score += PreferredBonus;
            }

            ranked.Add((id, score));
        }

        ranked.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byLength = normalizedNames[a.Id].Length.CompareTo(normalizedNames[b.Id].Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(normalizedNames[a.Id], normalizedNames[b.Id]);
        });
        return ranked.Take(options.Take).Select(r => foods[r.Id]).ToList();
    }

    private static void Score(int[] postings, float weight, float[] best, List<int> touched)
    {
        foreach (var id in postings)
        {
            if (best[id] == 0)
            {
                touched.Add(id);
            }

            if (weight > best[id])
            {
                best[id] = weight;
            }
        }
    }

    /// <summary>Vocabulary words the typed word starts; only when there are none, the words within a typo or two.</summary>
    private List<(int Index, bool IsTypo)> MatchingWords(string typed)
    {
        var matches = new List<(int, bool)>();
        var start = LowerBound(typed);
        for (var i = start; i < vocabulary.Length && vocabulary[i].StartsWith(typed, StringComparison.Ordinal); i++)
        {
            matches.Add((i, false));
        }

        if (matches.Count > 0 || typed.Length < 4)
        {
            return matches;
        }

        var maxTypos = typed.Length >= 8 ? 2 : 1;
        for (var i = 0; i < vocabulary.Length; i++)
        {
            if (IsWithinTypos(typed, vocabulary[i], maxTypos))
            {
                matches.Add((i, true));
            }
        }

        return matches;
    }

    /// <summary>The typed word against the word's prefixes of about its own length: she may still be typing.</summary>
    private static bool IsWithinTypos(string typed, string word, int maxTypos)
    {
        if (word.Length < typed.Length - maxTypos || (word[0] != typed[0] && typed.Length < 6))
        {
            return false;
        }

        return MissingLetters(typed, word.AsSpan(0, Math.Min(word.Length, typed.Length + maxTypos)), maxTypos) <= maxTypos
            && EditDistance.BestPrefix(typed, word, maxTypos) <= maxTypos;
    }

    /// <summary>
    /// Letters of the typed word that the prefix lacks (counting repeats), stopping past the bound: each edit can supply
    /// at most one, so more than the allowed typos rules the word out before the costlier edit distance.
    /// </summary>
    private static int MissingLetters(string typed, ReadOnlySpan<char> prefix, int bound)
    {
        Span<int> available = stackalloc int[128];
        foreach (var c in prefix)
        {
            if (c < 128)
            {
                available[c]++;
            }
        }

        var missing = 0;
        foreach (var c in typed)
        {
            if (c >= 128)
            {
                continue;
            }

            if (available[c] > 0)
            {
                available[c]--;
            }
            else if (++missing > bound)
            {
                return missing;
            }
        }

        return missing;
    }

    private int LowerBound(string value)
    {
        int low = 0, high = vocabulary.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(vocabulary[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Everyday whole foods rank above branded (USDA writes brands in capitals) and restaurant items.</summary>
    private static float Prior(SearchableFood food)
    {
        var prior = food.NovaGroup <= 1 ? 1f : 0f;
        if (SecondaryGroups.Contains(food.FoodGroup) || BrandPattern().IsMatch(food.Name))
        {
            prior -= 3f;
        }

        return prior;
    }

    private static List<int> Postings(Dictionary<string, List<int>> index, string word)
    {
        if (!index.TryGetValue(word, out var ids))
        {
            index[word] = ids = [];
        }

        return ids;
    }

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string[] Words(string text) => WordPattern().Matches(Normalize(text)).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b[A-Z][A-Z'&]{2,}\b")]
    private static partial Regex BrandPattern();
}
