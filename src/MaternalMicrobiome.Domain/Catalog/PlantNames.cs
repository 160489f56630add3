using System.Collections.Frozen;

namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// The common names of plant species keys ("Onion" for <c>allium-cepa</c>), from seeds/plant-species.csv. Species
/// keys stay the identity the scorer counts; this is only how they read. A key without a name reads as its botanical
/// name ("Allium cepa"), so a raw key is never shown.
/// </summary>
public sealed class PlantNames
{
    private readonly FrozenDictionary<string, string> names;

    /// <summary>Keys are compared ordinally, as the scorer compares them; a key or name given twice is refused.</summary>
    public PlantNames(IEnumerable<KeyValuePair<string, string>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name) in names)
        {
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A species key and its common name must not be empty.", nameof(names));
            }

            // Two keys with one name would read as one plant while counting as two.
            if (!byKey.TryAdd(key, name) || !seen.Add(name))
            {
                throw new ArgumentException($"The species key '{key}' or the name '{name}' appears twice.", nameof(names));
            }
        }

        this.names = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static PlantNames Empty { get; } = new([]);

    public int Count => names.Count;

    public IEnumerable<string> Keys => names.Keys;

    public bool Knows(string key) => names.ContainsKey(key);

    /// <summary>The common name, or the botanical name for a key it does not know.</summary>
    public string For(string key) => names.TryGetValue(key, out var name) ? name : Botanical(key);

    /// <summary>The names of several keys, for one line of text ("Lentil, Onion").</summary>
    public string List(IEnumerable<string> keys) => string.Join(", ", keys.Select(For));

    /// <summary>The key as a botanical name: "allium-cepa" reads "Allium cepa".</summary>
    public static string Botanical(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = key.Trim().Replace('-', ' ');
        return words.Length == 0 ? words : string.Concat(char.ToUpperInvariant(words[0]).ToString(), words[1..]);
    }
}
