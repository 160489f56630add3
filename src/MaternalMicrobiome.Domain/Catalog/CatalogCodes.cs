namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// The kebab-case codes used for flags in seed files and CSV (for example <c>high-mercury-fish</c>),
/// parsed and printed in one place so that files and the model never drift apart.
/// </summary>
public static class CatalogCodes
{
    public static IReadOnlyDictionary<string, PlantColours> Colours { get; } = new Dictionary<string, PlantColours>(StringComparer.OrdinalIgnoreCase)
    {
        ["red-orange"] = PlantColours.RedOrange,
        ["yellow"] = PlantColours.Yellow,
        ["green"] = PlantColours.Green,
        ["blue-purple"] = PlantColours.BluePurple,
        ["white-tan"] = PlantColours.WhiteTan,
    };

    public static IReadOnlyDictionary<string, PregnancyRisks> PregnancyRisks { get; } = new Dictionary<string, PregnancyRisks>(StringComparer.OrdinalIgnoreCase)
    {
        ["unpasteurized-dairy"] = Catalog.PregnancyRisks.UnpasteurizedDairy,
        ["soft-cheese"] = Catalog.PregnancyRisks.SoftCheese,
        ["smoked-seafood"] = Catalog.PregnancyRisks.SmokedSeafood,
        ["deli-meat"] = Catalog.PregnancyRisks.DeliMeat,
        ["pate"] = Catalog.PregnancyRisks.Pate,
        ["high-mercury-fish"] = Catalog.PregnancyRisks.HighMercuryFish,
        ["alcohol"] = Catalog.PregnancyRisks.Alcohol,
        ["raw-sprouts"] = Catalog.PregnancyRisks.RawSprouts,
        ["raw-egg"] = Catalog.PregnancyRisks.RawEgg,
        ["raw-shellfish"] = Catalog.PregnancyRisks.RawShellfish,
        ["liver"] = Catalog.PregnancyRisks.Liver,
        ["unpasteurized-juice"] = Catalog.PregnancyRisks.UnpasteurizedJuice,
        ["deli-salad"] = Catalog.PregnancyRisks.DeliSalad,
        ["herbal-tea"] = Catalog.PregnancyRisks.HerbalTea,
    };

    public static IReadOnlyDictionary<string, Allergens> Allergens { get; } = new Dictionary<string, Allergens>(StringComparer.OrdinalIgnoreCase)
    {
        ["milk"] = Catalog.Allergens.Milk,
        ["egg"] = Catalog.Allergens.Egg,
        ["fish"] = Catalog.Allergens.Fish,
        ["shellfish"] = Catalog.Allergens.Shellfish,
        ["tree-nuts"] = Catalog.Allergens.TreeNuts,
        ["peanuts"] = Catalog.Allergens.Peanuts,
        ["wheat"] = Catalog.Allergens.Wheat,
        ["soy"] = Catalog.Allergens.Soy,
        ["sesame"] = Catalog.Allergens.Sesame,
    };

    public static IReadOnlyDictionary<string, DietTags> DietTags { get; } = new Dictionary<string, DietTags>(StringComparer.OrdinalIgnoreCase)
    {
        ["vegan"] = Catalog.DietTags.Vegan,
        ["vegetarian"] = Catalog.DietTags.Vegetarian,
        ["pescatarian"] = Catalog.DietTags.Pescatarian,
        ["gluten-free"] = Catalog.DietTags.GlutenFree,
        ["dairy-free"] = Catalog.DietTags.DairyFree,
        ["low-fodmap"] = Catalog.DietTags.LowFodmap,
    };

    /// <summary>Parses a <c>;</c>-separated list of codes into flags; returns the codes it did not know.</summary>
    public static (TFlags Value, IReadOnlyList<string> Unknown) ParseFlags<TFlags>(string? text, IReadOnlyDictionary<string, TFlags> codes)
        where TFlags : struct, Enum
    {
        var value = 0L;
        var unknown = new List<string>();
        foreach (var code in SplitList(text))
        {
            if (codes.TryGetValue(code, out var flag))
            {
                value |= Convert.ToInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                unknown.Add(code);
            }
        }

        return ((TFlags)Enum.ToObject(typeof(TFlags), value), unknown);
    }

    /// <summary>Prints flags as the <c>;</c>-separated codes that <see cref="ParseFlags{TFlags}"/> reads.</summary>
    public static string FormatFlags<TFlags>(TFlags value, IReadOnlyDictionary<string, TFlags> codes)
        where TFlags : struct, Enum =>
        string.Join(';', codes.Where(pair => Convert.ToInt64(pair.Value, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(pair.Value)).Select(pair => pair.Key));

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
