using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>
/// The day scorer as first written, in LINQ end to end: the plain statement of the rules. The production
/// <see cref="DayScorer"/> is written in loops for speed and must give exactly these numbers and contributions
/// (<see cref="ScoringProperties"/>).
/// </summary>
public static class ReferenceDayScorer
{
    public static DayScore Score(DateOnly day, IEnumerable<ConsumedFood> foods, TargetSet targets, LifeStage stage)
    {
        var firstDayOfWindow = day.AddDays(1 - DayScorer.PlantWindowDays);
        var window = foods.SelectMany(RecipeExpansion.Expand).Where(f => f.Date >= firstDayOfWindow && f.Date <= day && f.Grams > 0).ToList();
        var today = window.Where(f => f.Date == day).ToList();

        var results = targets.Targets
            .Select(target => Evaluate(target, Measure(target.Metric, today, window, stage)))
            .ToList();

        var totalWeight = results.Sum(r => r.Definition.Weight);
        var overall = today.Count == 0 || totalWeight <= 0
            ? 0
            : (int)Math.Round(100 * results.Sum(r => r.Fraction * r.Definition.Weight) / totalWeight, MidpointRounding.AwayFromZero);

        var met = results.Where(r => r.Met).Select(r => r.Metric).ToHashSet();
        var synergy = met.Contains(Metric.Fiber) && met.Contains(Metric.FermentedServings);
        return new DayScore(day, stage, today.Count > 0, overall, results, synergy, SafetyRules.Evaluate(stage, today, window));
    }

    private static TargetResult Evaluate(TargetDefinition target, (double Actual, IReadOnlyList<Contribution> Contributions) measured) =>
        new(target, measured.Actual, target.FractionMet(measured.Actual), target.IsMet(measured.Actual), measured.Contributions);

    private static (double Actual, IReadOnlyList<Contribution> Contributions) Measure(
        Metric metric, List<ConsumedFood> today, List<ConsumedFood> window, LifeStage stage) => metric switch
        {
            Metric.Fiber => Sum(today, i => i.Nutrient(f => f.FiberG)),
            Metric.AddedSugar => Sum(today, i => i.Nutrient(f => f.AddedSugarsG)),
            Metric.Caffeine => Sum(today, i => i.Nutrient(f => f.CaffeineMg)),
            Metric.BeverageWater => Sum(today.Where(i => i.Food.IsBeverage), i => i.Nutrient(f => f.WaterG)),
            Metric.FermentedServings => Sum(today.Where(i => DayScorer.CountsAsFermentedServing(i.Food, stage)), DayScorer.Servings),
            Metric.PrebioticServings => Sum(today.Where(i => i.Food.IsPrebioticRich), DayScorer.Servings),
            Metric.PlantsPerDay => Plants(today),
            Metric.PlantsPerWeek => Plants(window),
            Metric.PlantColours => Colours(today),
            Metric.UltraProcessedShare => UltraProcessedShare(today),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
        };

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
        // Coffee, tea, cocoa drinks, herbs and spices are worth a quarter; under a gram counts nothing.
        var groups = items
            .Where(i => i.Grams >= 1)
            .SelectMany(i => i.Food.PlantSpecies.Distinct(StringComparer.Ordinal).Select(species => (Species: species, Item: i)))
            .GroupBy(x => x.Species, StringComparer.Ordinal)
            .Select(g => (Species: g, Amount: g.Max(x => x.Item.Food.PlantPoints is > 0 and <= 1 ? x.Item.Food.PlantPoints : 1)))
            .ToList();
        return (groups.Sum(g => g.Amount),
            Sorted(groups.Select(g => new Contribution(JoinNames(g.Species.Select(x => x.Item)), g.Species.Sum(x => x.Item.Grams), g.Amount, g.Species.Key))));
    }

    private static (double, IReadOnlyList<Contribution>) Colours(IEnumerable<ConsumedFood> items)
    {
        var coloured = items.Where(i => i.Grams >= 1 && i.Food.Colours != PlantColours.None).ToList();
        var present = Enum.GetValues<PlantColours>()
            .Where(colour => colour != PlantColours.None)
            .Select(colour => (Colour: colour, Items: coloured.Where(i => i.Food.Colours.HasFlag(colour)).ToList()))
            .Where(x => x.Items.Count > 0)
            .ToList();
        return (present.Count, Sorted(present.Select(x => new Contribution(JoinNames(x.Items), x.Items.Sum(i => i.Grams), 1, DayScorer.ColourName(x.Colour)))));
    }

    private static (double, IReadOnlyList<Contribution>) UltraProcessedShare(IEnumerable<ConsumedFood> items)
    {
        var counted = items.Where(i => !i.Food.IsPlainDrink).ToList();
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
