using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// Scores one day. The input may hold the foods of any dates: the day's own foods score the daily targets, and the
/// rolling 7 days ending on the day score the weekly plant target. Pure: the same input always gives the same score,
/// whatever the order of the foods. A recipe is scored as its ingredients.
/// </summary>
public static class DayScorer
{
    public const int PlantWindowDays = 7;

    public static DayScore Score(DateOnly day, IEnumerable<ConsumedFood> foods, TargetSet targets, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(stage);

        var firstDayOfWindow = day.AddDays(1 - PlantWindowDays);
        var window = foods.SelectMany(RecipeExpansion.Expand).Where(f => f.Date >= firstDayOfWindow && f.Date <= day && f.Grams > 0).ToList();
        var today = window.Where(f => f.Date == day).ToList();

        var results = targets.Targets
            .Select(target => Evaluate(target, Measure(target.Metric, today, window, targets.PlantCounting, stage)))
            .ToList();

        var totalWeight = results.Sum(r => r.Definition.Weight);
        var overall = today.Count == 0 || totalWeight <= 0
            ? 0
            : (int)Math.Round(100 * results.Sum(r => r.Fraction * r.Definition.Weight) / totalWeight, MidpointRounding.AwayFromZero);

        return new DayScore(day, stage, today.Count > 0, overall, results, SynergyRule.IsEarned(results), SafetyRules.Evaluate(stage, today));
    }

    private static TargetResult Evaluate(TargetDefinition target, (double Actual, IReadOnlyList<Contribution> Contributions) measured) =>
        new(target, measured.Actual, target.FractionMet(measured.Actual), target.IsMet(measured.Actual), measured.Contributions);

    private static (double Actual, IReadOnlyList<Contribution> Contributions) Measure(
        Metric metric, List<ConsumedFood> today, List<ConsumedFood> window, PlantCountingMode plantCounting, LifeStage stage) => metric switch
    {
        Metric.Fiber => Sum(today, i => i.Nutrient(f => f.FiberG)),
        Metric.AddedSugar => Sum(today, i => i.Nutrient(f => f.AddedSugarsG)),
        Metric.Caffeine => Sum(today, i => i.Nutrient(f => f.CaffeineMg)),
        Metric.BeverageWater => Sum(today.Where(i => i.Food.IsBeverage), i => i.Nutrient(f => f.WaterG)),
        Metric.FermentedServings => Sum(today.Where(i => CountsAsFermentedServing(i.Food, stage)), Servings),
        Metric.PrebioticServings => Sum(today.Where(i => i.Food.IsPrebioticRich), Servings),
        Metric.PlantsPerDay => Plants(today, plantCounting),
        Metric.PlantsPerWeek => Plants(window, plantCounting),
        Metric.PlantColours => Colours(today),
        Metric.UltraProcessedShare => UltraProcessedShare(today),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>
    /// Live cultures only. In pregnancy a food that raises a safety warning never earns credit: not the alcohol-bearing
    /// ferments (kombucha, water kefir, kvass), nor kefir or yogurt made from raw milk.
    /// </summary>
    public static bool CountsAsFermentedServing(Food food, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(food);
        ArgumentNullException.ThrowIfNull(stage);
        return food.HasLiveCultures && !SafetyRules.RaisesWarning(food, stage);
    }

    /// <summary>Servings by the food's reference serving (170 g kefir or yogurt, 75 g sauerkraut or kimchi, …).</summary>
    public static double Servings(ConsumedFood item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Food.ServingGrams is > 0 and var serving ? item.Grams / serving : 0;
    }

    private static (double, IReadOnlyList<Contribution>) Sum(IEnumerable<ConsumedFood> items, Func<ConsumedFood, double> amount)
    {
        var contributions = items
            .GroupBy(i => i.Food.Key, StringComparer.Ordinal)
            .Select(g => new Contribution(g.First().Food.Name, g.Sum(i => i.Grams), g.Sum(amount)))
            .Where(c => c.Amount > 0)
            .ToList();
        return (contributions.Sum(c => c.Amount), Sorted(contributions));
    }

    private static (double, IReadOnlyList<Contribution>) Plants(IEnumerable<ConsumedFood> items, PlantCountingMode mode)
    {
        var contributions = items
            .SelectMany(i => i.Food.PlantSpecies.Distinct(StringComparer.Ordinal).Select(species => (Species: species, Item: i)))
            .GroupBy(x => x.Species, StringComparer.Ordinal)
            .Select(g => new Contribution(
                JoinNames(g.Select(x => x.Item)),
                g.Sum(x => x.Item.Grams),
                mode == PlantCountingMode.PlantPoints ? g.Max(x => PointWeight(x.Item.Food)) : 1,
                g.Key))
            .ToList();
        return (contributions.Sum(c => c.Amount), Sorted(contributions));
    }

    /// <summary>A species is worth 1, or 1/4 for herbs and spices in plant-points mode.</summary>
    private static double PointWeight(Food food) => food.PlantPoints is > 0 and <= 1 ? food.PlantPoints : 1;

    private static (double, IReadOnlyList<Contribution>) Colours(IEnumerable<ConsumedFood> items)
    {
        var coloured = items.Where(i => i.Food.Colours != PlantColours.None).ToList();
        var contributions = Enum.GetValues<PlantColours>()
            .Where(colour => colour != PlantColours.None)
            .Select(colour => (Colour: colour, Items: coloured.Where(i => i.Food.Colours.HasFlag(colour)).ToList()))
            .Where(x => x.Items.Count > 0)
            .Select(x => new Contribution(JoinNames(x.Items), x.Items.Sum(i => i.Grams), 1, ColourName(x.Colour)))
            .ToList();
        return (contributions.Count, Sorted(contributions));
    }

    private static (double, IReadOnlyList<Contribution>) UltraProcessedShare(IEnumerable<ConsumedFood> items)
    {
        var counted = items.Where(i => !i.Food.IsPlainDrink).ToList();
        var totalGrams = counted.Sum(i => i.Grams);
        if (totalGrams <= 0)
        {
            return (0, []);
        }

        var (_, contributions) = Sum(counted.Where(i => i.Food.NovaGroup >= 4), i => 100 * i.Grams / totalGrams);
        return (contributions.Sum(c => c.Amount), contributions);
    }

    public static string ColourName(PlantColours colour) => colour switch
    {
        PlantColours.RedOrange => "red/orange",
        PlantColours.Yellow => "yellow",
        PlantColours.Green => "green",
        PlantColours.BluePurple => "blue/purple",
        PlantColours.WhiteTan => "white/tan",
        _ => colour.ToString(),
    };

    private static string JoinNames(IEnumerable<ConsumedFood> items) =>
        string.Join(", ", items.Select(i => i.Food.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static List<Contribution> Sorted(IEnumerable<Contribution> contributions) =>
        contributions
            .OrderByDescending(c => c.Amount)
            .ThenBy(c => c.Detail, StringComparer.Ordinal)
            .ThenBy(c => c.FoodName, StringComparer.Ordinal)
            .ToList();
}
