using System.Globalization;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// The food's fields as people read them: the labels the editor and the validator's messages use, the seed CSV column
/// of each (the nutrients' labels and columns are in <see cref="FoodNutrients"/>), and a food described field by field (to show what someone else saved next to the admin's input).
/// </summary>
public static class FoodFields
{
    public const string Key = "Key";
    public const string Name = "Name";
    public const string Synonyms = "Synonyms";
    public const string FoodGroup = "Food group";
    public const string UsdaNdbId = "USDA NDB id";
    public const string AddedSugarsEstimated = "Added sugars estimated";
    public const string ServingGrams = "Serving";
    public const string PlantSpecies = "Plant species";
    public const string PlantPoints = "Plant points";
    public const string Colours = "Colours";
    public const string IsFermented = "Fermented";
    public const string HasLiveCultures = "Live cultures";
    public const string IsPrebioticRich = "Prebiotic-rich";
    public const string IsBeverage = "Beverage";
    public const string NovaGroup = "NOVA group";
    public const string PregnancyRisks = "Pregnancy risks";
    public const string Allergens = "Allergens";
    public const string DietTags = "Diet tags";
    public const string CurationNote = "Curation note";
    public const string Portions = "Portions";

    /// <summary>The column name of the portions in the admin CSV (not a column of seeds/foods.csv).</summary>
    public const string PortionsColumn = "portions";

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        [nameof(FoodEditRequest.Key)] = "key",
        [nameof(FoodEditRequest.Name)] = "name",
        [nameof(FoodEditRequest.Synonyms)] = "synonyms",
        [nameof(FoodEditRequest.FoodGroup)] = "food_group",
        [nameof(FoodEditRequest.UsdaNdbId)] = "usda_ndb_id",
        [nameof(FoodEditRequest.AddedSugarsEstimated)] = "added_sugars_estimated",
        [nameof(FoodEditRequest.ServingGrams)] = "serving_g",
        [nameof(FoodEditRequest.PlantSpecies)] = "plant_species",
        [nameof(FoodEditRequest.PlantPoints)] = "plant_points",
        [nameof(FoodEditRequest.Colours)] = "colours",
        [nameof(FoodEditRequest.IsFermented)] = "fermented",
        [nameof(FoodEditRequest.HasLiveCultures)] = "live_cultures",
        [nameof(FoodEditRequest.IsPrebioticRich)] = "prebiotic_rich",
        [nameof(FoodEditRequest.IsBeverage)] = "beverage",
        [nameof(FoodEditRequest.NovaGroup)] = "nova",
        [nameof(FoodEditRequest.PregnancyRisks)] = "safety_flags",
        [nameof(FoodEditRequest.Allergens)] = "allergens",
        [nameof(FoodEditRequest.DietTags)] = "diet_tags",
        [nameof(FoodEditRequest.CurationNote)] = "curation_note",
    };

    /// <summary>The CSV column of a validator property name such as <c>FiberG</c> or <c>Portions[2].Grams</c>.</summary>
    public static string CsvColumn(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        return propertyName.StartsWith(nameof(FoodEditRequest.Portions), StringComparison.Ordinal)
            ? PortionsColumn
            : FoodNutrients.Named(propertyName)?.Column ?? Columns.GetValueOrDefault(propertyName, propertyName);
    }

    /// <summary>The food field by field, in the editor's order, each value as text.</summary>
    public static IReadOnlyList<(string Field, string Value)> Describe(FoodEditRequest food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return
        [
            (Key, food.Key),
            (Name, food.Name),
            (Synonyms, List(food.Synonyms)),
            (FoodGroup, food.FoodGroup),
            (UsdaNdbId, food.UsdaNdbId ?? string.Empty),
            .. FoodNutrients.All.Select(n => (n.Label, Number(food[n], n.Unit))),
            (AddedSugarsEstimated, YesNo(food.AddedSugarsEstimated)),
            (ServingGrams, Number(food.ServingGrams, "g")),
            (PlantSpecies, List(food.PlantSpecies)),
            (PlantPoints, food.PlantPoints.ToString(CultureInfo.InvariantCulture)),
            (Colours, CatalogCodes.FormatFlags(food.Colours, CatalogCodes.Colours)),
            (IsFermented, YesNo(food.IsFermented)),
            (HasLiveCultures, YesNo(food.HasLiveCultures)),
            (IsPrebioticRich, YesNo(food.IsPrebioticRich)),
            (IsBeverage, YesNo(food.IsBeverage)),
            (NovaGroup, food.NovaGroup.ToString(CultureInfo.InvariantCulture)),
            (PregnancyRisks, CatalogCodes.FormatFlags(food.PregnancyRisks, CatalogCodes.PregnancyRisks)),
            (Allergens, CatalogCodes.FormatFlags(food.Allergens, CatalogCodes.Allergens)),
            (DietTags, CatalogCodes.FormatFlags(food.DietTags, CatalogCodes.DietTags)),
            (CurationNote, food.CurationNote?.Trim() ?? string.Empty),
            (Portions, string.Join("; ", food.Portions.Select(p => $"{p.Description.Trim()} = {p.Grams.ToString(CultureInfo.InvariantCulture)} g"))),
        ];
    }

    /// <summary>The fields whose values differ between the admin's input and what is saved now.</summary>
    public static IReadOnlyList<FoodFieldDifference> Differences(FoodEditRequest mine, FoodEditRequest saved)
    {
        var theirs = Describe(saved).ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        return Describe(mine)
            .Where(f => !string.Equals(f.Value, theirs[f.Field], StringComparison.Ordinal))
            .Select(f => new FoodFieldDifference(f.Field, f.Value, theirs[f.Field]))
            .ToList();
    }

    private static string Number(double? value, string unit) =>
        value is { } v ? $"{v.ToString(CultureInfo.InvariantCulture)} {unit}" : "no data";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string List(string? text) => string.Join("; ", CatalogCodes.SplitList(text));
}
