namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>
/// A plant species she can choose: its key (what the scorer counts), its common name (what she reads) and the foods
/// of the catalog that carry it. A new key she types has no foods yet and reads as its botanical name.
/// </summary>
public sealed record SpeciesOption(string Key, string Name, IReadOnlyList<string> Foods)
{
    public const int FoodsShown = 3;

    public bool IsNew => Foods.Count == 0;

    public string Examples => Foods.Count <= FoodsShown
        ? string.Join("; ", Foods)
        : $"{string.Join("; ", Foods.Take(FoodsShown))} and {Foods.Count - FoodsShown} more";

    public string Label => IsNew ? Key : $"{Name} ({Examples})";

    /// <summary>Does the typed text match the name, the key or one of the foods' names?</summary>
    public bool Matches(string text) =>
        Name.Contains(text, StringComparison.OrdinalIgnoreCase) || Key.Contains(text, StringComparison.OrdinalIgnoreCase)
        || Foods.Any(f => f.Contains(text, StringComparison.OrdinalIgnoreCase));
}
