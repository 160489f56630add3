namespace MaternalMicrobiome.Web.Components.Pages.MyFoods;

/// <summary>
/// A plant species key she can choose, with the foods of the catalog that carry it (so "brassica-oleracea" reads as
/// kale, broccoli, cabbage). A new key she types has no foods yet.
/// </summary>
public sealed record SpeciesOption(string Key, IReadOnlyList<string> Foods)
{
    public const int FoodsShown = 3;

    public bool IsNew => Foods.Count == 0;

    public string Examples => Foods.Count <= FoodsShown
        ? string.Join("; ", Foods)
        : $"{string.Join("; ", Foods.Take(FoodsShown))} and {Foods.Count - FoodsShown} more";

    public string Label => IsNew ? Key : $"{Key} ({Examples})";

    /// <summary>Does the typed text match the key or one of the foods' names?</summary>
    public bool Matches(string text) =>
        Key.Contains(text, StringComparison.OrdinalIgnoreCase) || Foods.Any(f => f.Contains(text, StringComparison.OrdinalIgnoreCase));
}
