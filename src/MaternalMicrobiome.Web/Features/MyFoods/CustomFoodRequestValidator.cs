using System.Linq.Expressions;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.MyFoods;

public sealed class CustomFoodRequestValidator : AbstractValidator<CustomFoodRequest>
{
    public const int MaxNameLength = ColumnLengths.FoodName;
    public const int MaxSpecies = 30;
    public const int MaxPortions = 20;
    public const double MaxEnergyKcal = 900;
    public const double MaxCaffeineMg = 10_000;

    public CustomFoodRequestValidator()
    {
        // One message per field: the first rule it breaks.
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(r => r.Name)
            .Must(PlainText.HasVisible).WithMessage("Name is required.")
            .MaximumLength(MaxNameLength).WithMessage($"Name must be at most {MaxNameLength} characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Name"));
        RuleFor(r => r.FoodGroup)
            .Must(g => MyFoodChoices.FoodGroups.Contains(g)).WithMessage("Food group: choose one from the list.");
        RuleFor(r => r.NovaGroup)
            .InclusiveBetween(1, 4).WithMessage("Processing (NOVA group) must be 1 to 4.");

        PerHundredGrams(r => r.EnergyKcal, "Energy", MaxEnergyKcal, "kcal");
        PerHundredGrams(r => r.FiberG, "Fiber", 100, "g");
        PerHundredGrams(r => r.TotalSugarsG, "Total sugars", 100, "g");
        PerHundredGrams(r => r.AddedSugarsG, "Added sugars", 100, "g");
        PerHundredGrams(r => r.WaterG, "Water", 100, "g");
        PerHundredGrams(r => r.CaffeineMg, "Caffeine", MaxCaffeineMg, "mg");
        foreach (var prenatal in CustomFoodNutrient.Prenatal)
        {
            PerHundredGrams(prenatal.Property, prenatal.Nutrient.Label, prenatal.Max, prenatal.Nutrient.Unit);
        }

        RuleFor(r => r.AddedSugarsG)
            .Must((r, added) => added is null || r.TotalSugarsG is null || added <= r.TotalSugarsG)
            .WithMessage("Added sugars cannot be more than total sugars.");

        RuleFor(r => r.PlantSpecies)
            .NotNull().WithMessage("Plant species must be a list.")
            .Must(s => s is null || s.Count <= MaxSpecies).WithMessage($"Plant species: at most {MaxSpecies}.");
        RuleForEach(r => r.PlantSpecies)
            .Must(key => key is not null && FoodSeedMapper.SpeciesKeyPattern().IsMatch(key))
            .WithMessage("Plant species '{PropertyValue}' is not a species key such as allium-cepa (lower-case words joined by hyphens).");
        RuleFor(r => r.Colours)
            .Must(c => (c & ~AllColours) == 0).WithMessage("Colours: choose from the list.");

        RuleFor(r => r.IsFermented)
            .Equal(true).When(r => r.HasLiveCultures).WithMessage("Fermented: a food with live cultures is fermented, so tick Fermented too.");
        RuleFor(r => r.ServingGrams)
            .NotNull().When(r => r.HasLiveCultures)
            .WithMessage("Serving size is required for a food with live cultures: it counts your fermented servings.");
        RuleFor(r => r.ServingGrams)
            .NotNull().When(r => r.IsPrebioticRich && !r.HasLiveCultures)
            .WithMessage("Serving size is required for a prebiotic-rich food: it counts your prebiotic servings.");
        RuleFor(r => r.ServingGrams)
            .Must(g => g is null || double.IsFinite(g.Value)).WithMessage("Serving size must be a number.")
            .GreaterThan(0).WithMessage("Serving size must be more than 0 g.")
            .LessThanOrEqualTo(Quantity.MaxGrams).WithMessage($"Serving size must be at most {Quantity.MaxGrams:N0} g.");

        RuleFor(r => r.Portions)
            .NotNull().WithMessage("Portions: add at least one household portion, for example \"1 bowl\".")
            .Must(p => p is null || p.Count > 0).WithMessage("Portions: add at least one household portion, for example \"1 bowl\".")
            .Must(p => p is null || p.Count <= MaxPortions).WithMessage($"Portions: at most {MaxPortions}.")
            .Must(p => p is null || p.Select(x => x?.Description?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == p.Count)
            .WithMessage("Portions: each portion needs a different description.");
        RuleForEach(r => r.Portions)
            .NotNull().WithMessage("Portions: a portion is missing.")
            .SetValidator(new PortionRequestValidator());
    }

    private static PlantColours AllColours => MyFoodChoices.Colours.Aggregate(PlantColours.None, (all, c) => all | c.Colour);

    private void PerHundredGrams(Expression<Func<CustomFoodRequest, double?>> nutrient, string label, double max, string unit) =>
        RuleFor(nutrient)
            .Must(v => v is null || double.IsFinite(v.Value)).WithMessage($"{label} must be a number.")
            .GreaterThanOrEqualTo(0).WithMessage($"{label} must be 0 or more.")
            .LessThanOrEqualTo(max).WithMessage($"{label} must be at most {max:N0} {unit} per 100 g.");
}
