using System.Globalization;
using System.Text.Json;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// Moves a food between its three shapes: the entity, the editor's request, and the seed CSV row (whose portions
/// travel in one extra <c>portions</c> column as <c>1 cup=240;1 tbsp=15</c>).
/// </summary>
public static class FoodMapping
{
    public const char PortionSeparator = ';';
    public const char GramsSeparator = '=';

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static FoodEditRequest ToRequest(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return new FoodEditRequest
        {
            Key = food.Key,
            Name = food.Name,
            Synonyms = string.Join("; ", food.Synonyms),
            FoodGroup = food.FoodGroup,
            UsdaNdbId = food.UsdaNdbId,
            Nutrients = FoodNutrients.All.ToDictionary(n => n.Name, n => n.Get(food), StringComparer.Ordinal),
            AddedSugarsEstimated = food.AddedSugarsEstimated,
            ServingGrams = food.ServingGrams,
            PlantSpecies = string.Join("; ", food.PlantSpecies),
            PlantPoints = food.PlantPoints,
            Colours = food.Colours,
            IsFermented = food.IsFermented,
            HasLiveCultures = food.HasLiveCultures,
            IsPrebioticRich = food.IsPrebioticRich,
            IsBeverage = food.IsBeverage,
            NovaGroup = food.NovaGroup,
            PregnancyRisks = food.PregnancyRisks,
            Allergens = food.Allergens,
            DietTags = food.DietTags,
            CurationNote = food.CurationNote,
            Portions = food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionEdit { Description = p.Description, Grams = p.Grams }).ToList(),
            Version = food.Version,
        };
    }

    /// <summary>A CSV row as an editor request; <paramref name="portions"/> are the food's portions to keep.</summary>
    public static FoodEditRequest ToRequest(FoodSeedRow row, IEnumerable<PortionEdit> portions)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(portions);
        return new FoodEditRequest
        {
            Key = row.Key,
            Name = row.Name,
            Synonyms = row.Synonyms,
            FoodGroup = row.FoodGroup,
            UsdaNdbId = row.UsdaNdbId,
            Nutrients = FoodNutrients.All.ToDictionary(n => n.Name, n => n.Get(row), StringComparer.Ordinal),
            AddedSugarsEstimated = row.AddedSugarsEstimated,
            ServingGrams = row.ServingG,
            PlantSpecies = row.PlantSpecies,
            PlantPoints = row.PlantPoints ?? 0,
            Colours = CatalogCodes.ParseFlags(row.Colours, CatalogCodes.Colours).Value,
            IsFermented = row.Fermented,
            HasLiveCultures = row.LiveCultures,
            IsPrebioticRich = row.PrebioticRich,
            IsBeverage = row.Beverage,
            NovaGroup = row.Nova,
            PregnancyRisks = CatalogCodes.ParseFlags(row.SafetyFlags, CatalogCodes.PregnancyRisks).Value,
            Allergens = CatalogCodes.ParseFlags(row.Allergens, CatalogCodes.Allergens).Value,
            DietTags = CatalogCodes.ParseFlags(row.DietTags, CatalogCodes.DietTags).Value,
            CurationNote = row.CurationNote,
            Portions = portions.Select(p => new PortionEdit { Description = p.Description, Grams = p.Grams }).ToList(),
        };
    }

    /// <summary>Writes a validated request onto the food (the key is the caller's business); portions are replaced.</summary>
    public static void Apply(FoodEditRequest request, Food food)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(food);
        food.Name = request.Name.Trim();
        food.Synonyms = [.. CatalogCodes.SplitList(request.Synonyms)];
        food.FoodGroup = request.FoodGroup.Trim();
        food.UsdaNdbId = Blank(request.UsdaNdbId);
        foreach (var nutrient in FoodNutrients.All)
        {
            nutrient.Set(food, request[nutrient]);
        }

        food.AddedSugarsEstimated = request.AddedSugarsEstimated;
        food.ServingGrams = request.ServingGrams;
        food.PlantSpecies = [.. CatalogCodes.SplitList(request.PlantSpecies)];
        food.PlantPoints = request.PlantPoints;
        food.Colours = request.Colours;
        food.IsFermented = request.IsFermented;
        food.HasLiveCultures = request.HasLiveCultures;
        food.IsPrebioticRich = request.IsPrebioticRich;
        food.IsBeverage = request.IsBeverage;
        food.NovaGroup = request.NovaGroup;
        food.PregnancyRisks = request.PregnancyRisks;
        food.Allergens = request.Allergens;
        food.DietTags = request.DietTags;
        food.CurationNote = Blank(request.CurationNote);
        food.Portions.Clear();
        food.Portions.AddRange(request.Portions.Select((p, i) => new FoodPortion { Sequence = i + 1, Description = p.Description.Trim(), Grams = p.Grams }));
    }

    /// <summary>The food as a seeds/foods.csv row: flags as <c>;</c>-separated codes, empty lists as empty cells.</summary>
    public static FoodSeedRow ToSeedRow(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var row = new FoodSeedRow
        {
            Key = food.Key,
            Name = food.Name,
            Synonyms = Blank(string.Join(';', food.Synonyms)),
            FoodGroup = food.FoodGroup,
            UsdaNdbId = food.UsdaNdbId,
            AddedSugarsEstimated = food.AddedSugarsEstimated,
            ServingG = food.ServingGrams,
            PlantSpecies = Blank(string.Join(';', food.PlantSpecies)),
            PlantPoints = food.PlantPoints,
            Colours = Blank(CatalogCodes.FormatFlags(food.Colours, CatalogCodes.Colours)),
            Fermented = food.IsFermented,
            LiveCultures = food.HasLiveCultures,
            PrebioticRich = food.IsPrebioticRich,
            Beverage = food.IsBeverage,
            Nova = food.NovaGroup,
            SafetyFlags = Blank(CatalogCodes.FormatFlags(food.PregnancyRisks, CatalogCodes.PregnancyRisks)),
            Allergens = Blank(CatalogCodes.FormatFlags(food.Allergens, CatalogCodes.Allergens)),
            DietTags = Blank(CatalogCodes.FormatFlags(food.DietTags, CatalogCodes.DietTags)),
            CurationNote = food.CurationNote,
        };
        foreach (var nutrient in FoodNutrients.All)
        {
            nutrient.Set(row, nutrient.Get(food));
        }

        return row;
    }

    public static FoodSnapshot Snapshot(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return new FoodSnapshot(
            ToSeedRow(food),
            food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionEdit { Description = p.Description, Grams = p.Grams }).ToList());
    }

    /// <summary>True when two snapshots hold the same values (so an import row changes nothing).</summary>
    public static bool SameValues(FoodSnapshot a, FoodSnapshot b) =>
        string.Equals(JsonSerializer.Serialize(a, Json), JsonSerializer.Serialize(b, Json), StringComparison.Ordinal);

    /// <summary>Portions as one CSV cell: <c>1 cup=240;1 tbsp=15</c>.</summary>
    public static string FormatPortions(IEnumerable<FoodPortion> portions) =>
        string.Join(PortionSeparator, portions.OrderBy(p => p.Sequence).Select(p => $"{p.Description}{GramsSeparator}{p.Grams.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Reads a portions cell; returns the problems instead of portions when a part is not <c>description=grams</c>.</summary>
    public static (List<PortionEdit> Portions, List<string> Problems) ParsePortions(string? text)
    {
        var portions = new List<PortionEdit>();
        var problems = new List<string>();
        foreach (var part in CatalogCodes.SplitList(text))
        {
            var at = part.LastIndexOf(GramsSeparator);
            if (at <= 0 || !double.TryParse(part[(at + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var grams))
            {
                problems.Add($"'{part}' is not a portion such as 1 cup=240 (description, '=', grams).");
                continue;
            }

            portions.Add(new PortionEdit { Description = part[..at].Trim(), Grams = grams });
        }

        return (portions, problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
