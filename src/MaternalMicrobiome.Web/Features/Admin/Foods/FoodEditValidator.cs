using System.Text.RegularExpressions;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// The rules of a curated food, for the editor and for every CSV import row. Each message names its field. Nutrients
/// are per 100 g, so no macro can weigh more than 100 g; sugars and fiber are part of carbohydrate.
/// </summary>
public sealed partial class FoodEditValidator : AbstractValidator<FoodEditRequest>
{
    public const int MaxKeyLength = ColumnLengths.SeedKey;
    public const int MaxNameLength = ColumnLengths.FoodName;
    public const int MaxFoodGroupLength = ColumnLengths.FoodGroup;
    public const int MaxUsdaNdbIdLength = ColumnLengths.UsdaNdbId;
    public const int MaxCurationNoteLength = ColumnLengths.CurationNote;
    public const int MaxPortionDescriptionLength = ColumnLengths.PortionDescription;
    public const int MaxPortions = 50;
    // A household portion can be a whole turkey: USDA lists portions of up to about 5.7 kg.
    public const double MaxGrams = 10000;

    /// <summary>
    /// USDA measures total sugars and carbohydrate (by difference) with different methods, so for a few seeded foods
    /// (milks, kefir) sugars exceed carbohydrate by up to 0.94 g; this margin keeps those foods editable as published.
    /// </summary>
    public const double SugarsOverCarbohydrateMargin = 1.0;

    public FoodEditValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(r => r.Key)
            .NotEmpty().WithMessage("Key is required.")
            .MaximumLength(MaxKeyLength).WithMessage($"Key must be at most {MaxKeyLength} characters.")
            .Matches(KeyPattern()).WithMessage("Key must start with usda- or mm- followed by lower-case letters, digits and hyphens, such as mm-sauerkraut.");
        RuleFor(r => r.Name)
            .Must(PlainText.HasVisible).WithMessage("Name is required.")
            .MaximumLength(MaxNameLength).WithMessage($"Name must be at most {MaxNameLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Name"));
        RuleFor(r => r.FoodGroup)
            .Must(group => !string.IsNullOrWhiteSpace(group)).WithMessage("Food group is required.")
            .MaximumLength(MaxFoodGroupLength).WithMessage($"Food group must be at most {MaxFoodGroupLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Food group"));
        RuleFor(r => r.UsdaNdbId)
            .MaximumLength(MaxUsdaNdbIdLength).WithMessage($"USDA NDB id must be at most {MaxUsdaNdbIdLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("USDA NDB id"));
        RuleFor(r => r.Synonyms)
            .Must(text => CatalogCodes.SplitList(text).All(s => s.Length <= MaxNameLength))
            .WithMessage($"Synonyms: each synonym must be at most {MaxNameLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Synonyms"));

        foreach (var nutrient in FoodNutrients.All)
        {
            Amount(nutrient);
        }

        RuleFor(r => r[FoodNutrients.Fiber])
            .Must((r, fiber) => !IsAbove(fiber, r[FoodNutrients.Carbohydrate], 0))
            .WithMessage("Fiber must not be more than carbohydrate.")
            .OverridePropertyName(FoodNutrients.Fiber.Name);
        RuleFor(r => r[FoodNutrients.TotalSugars])
            .Must((r, sugars) => !IsAbove(sugars, r[FoodNutrients.Carbohydrate], SugarsOverCarbohydrateMargin))
            .WithMessage("Total sugars must not be more than carbohydrate.")
            .OverridePropertyName(FoodNutrients.TotalSugars.Name);
        RuleFor(r => r[FoodNutrients.AddedSugars])
            .Must((r, added) => !IsAbove(added, r[FoodNutrients.TotalSugars], 0))
            .WithMessage("Added sugars must not be more than total sugars.")
            .OverridePropertyName(FoodNutrients.AddedSugars.Name);
        RuleFor(r => r[FoodNutrients.Carbohydrate])
            .Must((r, _) => (r[FoodNutrients.Protein] ?? 0) + (r[FoodNutrients.Carbohydrate] ?? 0) + (r[FoodNutrients.Alcohol] ?? 0) <= 100)
            .WithMessage("Protein, carbohydrate and alcohol together must be at most 100 g per 100 g.")
            .OverridePropertyName(FoodNutrients.Carbohydrate.Name);

        RuleFor(r => r.ServingGrams)
            .Must(serving => serving is null || double.IsFinite(serving.Value)).WithMessage("Serving must be a number.")
            .Must(serving => serving is null || serving > 0).WithMessage("Serving must be more than 0 g.")
            .Must(serving => serving is null || serving <= MaxGrams).WithMessage($"Serving must be at most {MaxGrams:N0} g.");

        RuleFor(r => r.PlantSpecies).Custom((text, context) =>
        {
            foreach (var key in CatalogCodes.SplitList(text).Where(key => !FoodSeedMapper.SpeciesKeyPattern().IsMatch(key)))
            {
                context.AddFailure(nameof(FoodEditRequest.PlantSpecies), $"Plant species: '{key}' is not a species key such as allium-cepa (lower-case words joined by hyphens).");
            }
        });
        RuleFor(r => r.PlantPoints)
            .Must(double.IsFinite).WithMessage("Plant points must be a number.")
            .InclusiveBetween(0, 1).WithMessage("Plant points must be between 0 and 1 (0.25 for herbs and spices).");
        RuleFor(r => r.NovaGroup)
            .InclusiveBetween(1, 4).WithMessage("NOVA group must be 1, 2, 3 or 4.");
        RuleFor(r => r.Colours).IsInEnum().WithMessage("Colours has an unknown value.");
        RuleFor(r => r.PregnancyRisks).IsInEnum().WithMessage("Pregnancy risks has an unknown value.");
        RuleFor(r => r.Allergens).IsInEnum().WithMessage("Allergens has an unknown value.");
        RuleFor(r => r.DietTags).IsInEnum().WithMessage("Diet tags has an unknown value.");
        RuleFor(r => r.CurationNote)
            .MaximumLength(MaxCurationNoteLength).WithMessage($"Curation note must be at most {MaxCurationNoteLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Curation note"));

        RuleFor(r => r.Portions)
            .NotNull().WithMessage("Portions are missing.")
            .Must(portions => portions.Count <= MaxPortions).WithMessage($"A food can have at most {MaxPortions} portions.");
        RuleFor(r => r.Portions).Custom((portions, context) =>
        {
            for (var i = 0; i < (portions?.Count ?? 0); i++)
            {
                var portion = portions![i];
                var name = $"Portion {i + 1}";
                if (portion is null)
                {
                    context.AddFailure($"{nameof(FoodEditRequest.Portions)}[{i}]", $"{name} is missing.");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(portion.Description))
                {
                    context.AddFailure($"{nameof(FoodEditRequest.Portions)}[{i}].{nameof(PortionEdit.Description)}", $"{name}: a description is required, such as 1 cup.");
                }
                else if (portion.Description.Length > MaxPortionDescriptionLength)
                {
                    context.AddFailure($"{nameof(FoodEditRequest.Portions)}[{i}].{nameof(PortionEdit.Description)}", $"{name}: the description must be at most {MaxPortionDescriptionLength} characters.");
                }
                else if (!PlainText.IsClean(portion.Description))
                {
                    context.AddFailure($"{nameof(FoodEditRequest.Portions)}[{i}].{nameof(PortionEdit.Description)}", PlainText.Message($"{name}: the description"));
                }
                else if (portion.Description.Contains(';', StringComparison.Ordinal))
                {
                    // ';' separates portions in the CSV portions cell; '=' is fine, the grams follow the last one.
                    context.AddFailure($"{nameof(FoodEditRequest.Portions)}[{i}].{nameof(PortionEdit.Description)}", $"{name}: the description must not contain ';' (it separates portions in CSV files).");
                }

                var grams = $"{nameof(FoodEditRequest.Portions)}[{i}].{nameof(PortionEdit.Grams)}";
                if (!double.IsFinite(portion.Grams) || portion.Grams <= 0)
                {
                    context.AddFailure(grams, $"{name}: grams must be more than 0.");
                }
                else if (portion.Grams > MaxGrams)
                {
                    context.AddFailure(grams, $"{name}: grams must be at most {MaxGrams:N0}.");
                }
            }
        });
    }

    [GeneratedRegex("^(usda|mm)-[a-z0-9-]+$")]
    public static partial Regex KeyPattern();

    private static bool IsAbove(double? part, double? whole, double margin) =>
        part is { } p && whole is { } w && double.IsFinite(p) && double.IsFinite(w) && p > w + margin;

    /// <summary>The bounds of one nutrient, reported under its <see cref="FoodNutrient.Name"/> (such as <c>FiberG</c>).</summary>
    private void Amount(FoodNutrient nutrient)
    {
        var rule = RuleFor(r => r[nutrient])
            .Must(value => value is null || double.IsFinite(value.Value)).WithMessage($"{nutrient.Label} must be a number.")
            .OverridePropertyName(nutrient.Name)
            .Must(value => value is null || value >= 0).WithMessage($"{nutrient.Label} must not be negative.");
        if (nutrient.Max is { } limit)
        {
            rule.Must(value => value is null || value <= limit).WithMessage($"{nutrient.Label} must be at most {limit:0} {nutrient.Unit} per 100 g.");
        }
    }
}
