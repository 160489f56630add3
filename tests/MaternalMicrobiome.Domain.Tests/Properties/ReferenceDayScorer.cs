using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>
/// The rules of docs/scoring.md restated in LINQ, as the oracle of <see cref="ScoringProperties"/>: the production
/// <see cref="DayScorer"/> is written in loops for speed and must give exactly these numbers and contributions.
/// It calls no production scoring helper (not <see cref="TargetDefinition.FractionMet"/> or
/// <see cref="TargetDefinition.IsMet"/>, not <see cref="RecipeExpansion"/>, <see cref="SynergyRule"/> or the
/// constants of <see cref="DayScorer"/>): it reads only plain fields of its inputs, so a mutation of any of those helpers
/// turns the property red. The one call out is <see cref="SafetyRules.Evaluate"/> for the day's warnings: safety has
/// its own oracle (SafetyWarningTests); here it only checks that the scorer hands it the right day and window.
/// </summary>
public static class ReferenceDayScorer
{
    // docs/scoring.md: "The weekly window is the scored day and the 6 days before it."
    private const int WindowDays = 7;

    // docs/scoring.md: "A food eaten in an amount under 1 g counts neither a plant nor a colour."
    private const double LeastGramsOfAPlant = 1;

    private static readonly (PlantColours Colour, string Name)[] ColourGroups =
    [
        (PlantColours.RedOrange, "red/orange"),
        (PlantColours.Yellow, "yellow"),
        (PlantColours.Green, "green"),
        (PlantColours.BluePurple, "blue/purple"),
        (PlantColours.WhiteTan, "white/tan"),
    ];

    public static DayScore Score(DateOnly day, IEnumerable<ConsumedFood> foods, TargetSet targets, LifeStage stage)
    {
        var firstDayOfWindow = day.AddDays(1 - WindowDays);
        var window = foods.SelectMany(AsIngredients).Where(f => f.Date >= firstDayOfWindow && f.Date <= day && f.Grams > 0).ToList();
        var today = window.Where(f => f.Date == day).ToList();

        var results = targets.Targets
            .Select(target => Evaluate(target, Measure(target.Metric, today, window, stage)))
            .ToList();

        // round(100 × Σ(fraction × weight) / Σ weight), halves away from zero; a day with nothing logged scores 0.
        var totalWeight = results.Sum(r => r.Definition.Weight);
        var overall = today.Count == 0 || totalWeight <= 0
            ? 0
            : (int)Math.Round(100 * results.Sum(r => r.Fraction * r.Definition.Weight) / totalWeight, MidpointRounding.AwayFromZero);

        var met = results.Where(r => r.Met).Select(r => r.Metric).ToHashSet();
        var synergy = met.Contains(Metric.Fiber) && met.Contains(Metric.FermentedServings);
        return new DayScore(day, stage, today.Count > 0, overall, results, synergy, SafetyRules.Evaluate(stage, today, window));
    }

    /// <summary>g grams of a recipe weighing W in all is g × (ingredient grams / W) of each ingredient.</summary>
    private static IEnumerable<ConsumedFood> AsIngredients(ConsumedFood eaten)
    {
        var recipeGrams = eaten.Food.Ingredients.Sum(i => i.Grams);
        return eaten.Food.Ingredients.Count == 0 || recipeGrams <= 0
            ? [eaten]
            : eaten.Food.Ingredients
                .Where(i => i.Food is not null && i.Grams > 0)
                .Select(i => new ConsumedFood(i.Food!, eaten.Grams * i.Grams / recipeGrams, eaten.Date));
    }

    /// <summary>
    /// A goal ("at least") scores min(1, actual / target) and is met from the target up; a limit ("at most") scores 1 up
    /// to the limit and limit / actual above it, and is met up to the limit itself.
    /// </summary>
    private static TargetResult Evaluate(TargetDefinition target, (double Actual, IReadOnlyList<Contribution> Contributions) measured)
    {
        var (actual, contributions) = measured;
        var isGoal = target.Direction == TargetDirection.AtLeast;
        var fraction = isGoal
            ? (target.Value <= 0 ? 1 : Math.Min(1, actual / target.Value))
            : (actual <= target.Value ? 1 : target.Value / actual);
        var met = isGoal ? actual >= target.Value : actual <= target.Value;
        return new TargetResult(target, actual, fraction, met, contributions);
    }

    private static (double Actual, IReadOnlyList<Contribution> Contributions) Measure(
        Metric metric, List<ConsumedFood> today, List<ConsumedFood> window, LifeStage stage) => metric switch
        {
            Metric.Fiber => Sum(today, i => PerHundredGrams(i, i.Food.FiberG)),
            Metric.AddedSugar => Sum(today, i => PerHundredGrams(i, i.Food.AddedSugarsG)),
            Metric.Caffeine => Sum(today, i => PerHundredGrams(i, i.Food.CaffeineMg)),
            Metric.BeverageWater => Sum(today.Where(i => i.Food.IsBeverage), i => PerHundredGrams(i, i.Food.WaterG)),
            Metric.FermentedServings => Sum(today.Where(i => i.Food.HasLiveCultures && !(stage.IsPregnant && i.Food.PregnancyRisks != PregnancyRisks.None)), Servings),
            Metric.PrebioticServings => Sum(today.Where(i => i.Food.IsPrebioticRich), Servings),
            Metric.PlantsPerDay => Plants(today),
            Metric.PlantsPerWeek => Plants(window),
            Metric.PlantColours => Colours(today),
            Metric.UltraProcessedShare => UltraProcessedShare(today),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
        };

    /// <summary>The food's value per 100 g × grams / 100; an unknown value counts 0.</summary>
    private static double PerHundredGrams(ConsumedFood item, double? perHundredGrams) => (perHundredGrams ?? 0) * item.Grams / 100.0;

    /// <summary>Grams / the food's reference serving; a food without one is no serving.</summary>
    private static double Servings(ConsumedFood item) => item.Food.ServingGrams > 0 ? item.Grams / item.Food.ServingGrams.Value : 0;

    private static (double, IReadOnlyList<Contribution>) Sum(IEnumerable<ConsumedFood> items, Func<ConsumedFood, double> amount)
    {
        var groups = items
            .GroupBy(i => i.Food.Key, StringComparer.Ordinal)
            .Select(g => (Items: g, Amount: g.Sum(amount)))
            .Where(g => g.Amount > 0)
            .ToList();
        return (groups.Sum(g => g.Amount), Sorted(groups.Select(g => new Contribution(g.Items.First().Food.Name, g.Items.Sum(i => i.Grams), g.Amount))));
    }

    private static (double, IReadOnlyList<Contribution>) Plants(IEnumerable<ConsumedFood> items)
    {
        // Each species once; coffee, tea, cocoa drinks, herbs and spices are worth a quarter (their PlantPoints), every
        // other species 1; under a gram counts nothing.
        var groups = items
            .Where(i => i.Grams >= LeastGramsOfAPlant)
            .SelectMany(i => i.Food.PlantSpecies.Distinct(StringComparer.Ordinal).Select(species => (Species: species, Item: i)))
            .GroupBy(x => x.Species, StringComparer.Ordinal)
            .Select(g => (Species: g, Amount: g.Max(x => x.Item.Food.PlantPoints is > 0 and <= 1 ? x.Item.Food.PlantPoints : 1)))
            .ToList();
        return (groups.Sum(g => g.Amount),
            Sorted(groups.Select(g => new Contribution(JoinNames(g.Species.Select(x => x.Item)), g.Species.Sum(x => x.Item.Grams), g.Amount, g.Species.Key))));
    }

    private static (double, IReadOnlyList<Contribution>) Colours(IEnumerable<ConsumedFood> items)
    {
        var coloured = items.Where(i => i.Grams >= LeastGramsOfAPlant && i.Food.Colours != PlantColours.None).ToList();
        var present = ColourGroups
            .Select(group => (group.Name, Items: coloured.Where(i => (i.Food.Colours & group.Colour) != 0).ToList()))
            .Where(x => x.Items.Count > 0)
            .ToList();
        return (present.Count, Sorted(present.Select(x => new Contribution(JoinNames(x.Items), x.Items.Sum(i => i.Grams), 1, x.Name))));
    }

    private static (double, IReadOnlyList<Contribution>) UltraProcessedShare(IEnumerable<ConsumedFood> items)
    {
        // Plain drinks (NOVA 1 drinks under 5 kcal per 100 g: water, black coffee, tea) are left out of the grams.
        var counted = items.Where(i => !(i.Food.IsBeverage && i.Food.NovaGroup == 1 && (i.Food.EnergyKcal ?? 0) < 5)).ToList();
        var totalGrams = counted.Sum(i => i.Grams);
        return totalGrams <= 0
            ? (0, [])
            : Sum(counted.Where(i => i.Food.NovaGroup >= 4), i => 100 * i.Grams / totalGrams);
    }

    private static string JoinNames(IEnumerable<ConsumedFood> items) =>
        string.Join(", ", items.Select(i => i.Food.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static List<Contribution> Sorted(IEnumerable<Contribution> contributions) =>
        contributions
            .OrderByDescending(c => c.Amount)
            .ThenBy(c => c.Detail, StringComparer.Ordinal)
            .ThenBy(c => c.FoodName, StringComparer.Ordinal)
            .ToList();
}
