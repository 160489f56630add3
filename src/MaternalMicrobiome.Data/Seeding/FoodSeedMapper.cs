using System.Text.RegularExpressions;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Data.Seeding;

/// <summary>Turns a seed row into a <see cref="Food"/>, and says what is wrong with a row that cannot be one.</summary>
public static partial class FoodSeedMapper
{
    [GeneratedRegex("^[a-z]+(-[a-z]+)+$")]
    public static partial Regex SpeciesKeyPattern();

    /// <summary>The first problem of the row, naming its column, or null when the row is good.</summary>
    public static string? Validate(FoodSeedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (string.IsNullOrWhiteSpace(row.Key))
        {
            return "column key is empty.";
        }

        if (string.IsNullOrWhiteSpace(row.Name))
        {
            return "column name is empty.";
        }

        if (row.Nova is < 1 or > 4)
        {
            return $"column nova must be 1 to 4, not {row.Nova}.";
        }

        var badSpecies = CatalogCodes.SplitList(row.PlantSpecies).FirstOrDefault(s => !SpeciesKeyPattern().IsMatch(s));
        if (badSpecies is not null)
        {
            return $"column plant_species: '{badSpecies}' is not a species key such as allium-cepa.";
        }

        return UnknownCode("colours", row.Colours, CatalogCodes.Colours)
            ?? UnknownCode("safety_flags", row.SafetyFlags, CatalogCodes.PregnancyRisks)
            ?? UnknownCode("allergens", row.Allergens, CatalogCodes.Allergens)
            ?? UnknownCode("diet_tags", row.DietTags, CatalogCodes.DietTags);
    }

    public static void Apply(FoodSeedRow row, IEnumerable<FoodPortionSeedRow> portions, Food food)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(food);
        food.Name = row.Name;
        food.Synonyms = [.. CatalogCodes.SplitList(row.Synonyms)];
        food.FoodGroup = row.FoodGroup;
        food.UsdaNdbId = string.IsNullOrWhiteSpace(row.UsdaNdbId) ? null : row.UsdaNdbId;
        foreach (var nutrient in FoodNutrients.All)
        {
            nutrient.Set(food, nutrient.Get(row));
        }

        food.AddedSugarsEstimated = row.AddedSugarsEstimated;
        food.ServingGrams = row.ServingG;
        food.PlantSpecies = [.. CatalogCodes.SplitList(row.PlantSpecies)];
        food.PlantPoints = row.PlantPoints ?? 0;
        food.Colours = CatalogCodes.ParseFlags(row.Colours, CatalogCodes.Colours).Value;
        food.IsFermented = row.Fermented;
        food.HasLiveCultures = row.LiveCultures;
        food.IsPrebioticRich = row.PrebioticRich;
        food.IsBeverage = row.Beverage;
        food.NovaGroup = row.Nova;
        food.PregnancyRisks = CatalogCodes.ParseFlags(row.SafetyFlags, CatalogCodes.PregnancyRisks).Value;
        food.Allergens = CatalogCodes.ParseFlags(row.Allergens, CatalogCodes.Allergens).Value;
        food.DietTags = CatalogCodes.ParseFlags(row.DietTags, CatalogCodes.DietTags).Value;
        food.CurationNote = string.IsNullOrWhiteSpace(row.CurationNote) ? null : row.CurationNote;
        food.Portions = portions
            .Select(p => new FoodPortion { Sequence = p.Sequence, Description = p.Description, Grams = p.Grams })
            .ToList();
    }

    private static string? UnknownCode<TFlags>(string column, string? text, IReadOnlyDictionary<string, TFlags> codes)
        where TFlags : struct, Enum
    {
        var unknown = CatalogCodes.ParseFlags(text, codes).Unknown;
        return unknown.Count == 0
            ? null
            : $"column {column}: unknown code '{unknown[0]}' (known: {string.Join(", ", codes.Keys)}).";
    }
}
