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

    /// <summary>
    /// The least of a food that counts its plants and colours: a gram, about a teaspoon of dried herbs. A crumb of kale
    /// is not a plant eaten.
    /// </summary>
    public const double MinPlantGrams = 1;

    public static DayScore Score(DateOnly day, IEnumerable<ConsumedFood> foods, TargetSet targets, LifeStage stage) =>
        Score(day, foods, targets, stage, withContributions: true);

    /// <summary>
    /// The same numbers as <see cref="Score(DateOnly, IEnumerable{ConsumedFood}, TargetSet, LifeStage)"/> (actual, fraction,
    /// met, overall, synergy, warnings) without the lists of contributing foods: for views over many days and clients,
    /// such as the nutritionist's roster, that never show them.
    /// </summary>
    public static DayScore ScoreNumbers(DateOnly day, IEnumerable<ConsumedFood> foods, TargetSet targets, LifeStage stage) =>
        Score(day, foods, targets, stage, withContributions: false);

    private static DayScore Score(DateOnly day, IEnumerable<ConsumedFood> foods, TargetSet targets, LifeStage stage, bool withContributions)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(stage);

        // Plain loops rather than LINQ here: the roster scores thousands of days per view (docs/performance.md).
        var firstDayOfWindow = day.AddDays(1 - PlantWindowDays);
        var window = new List<ConsumedFood>();
        var today = new List<ConsumedFood>();
        foreach (var food in foods)
        {
            if (food.Date < firstDayOfWindow || food.Date > day)
            {
                continue;
            }

            if (!food.Food.IsRecipe)
            {
                Keep(food);
                continue;
            }

            foreach (var ingredient in RecipeExpansion.Expand(food))
            {
                Keep(ingredient);
            }
        }

        void Keep(ConsumedFood item)
        {
            if (item.Grams > 0)
            {
                window.Add(item);
                if (item.Date == day)
                {
                    today.Add(item);
                }
            }
        }

        var results = new List<TargetResult>(targets.Targets.Count);
        foreach (var target in targets.Targets)
        {
            results.Add(Evaluate(target, Measure(target.Metric, today, window, stage, withContributions)));
        }

        var totalWeight = results.Sum(r => r.Definition.Weight);
        var overall = today.Count == 0 || totalWeight <= 0
            ? 0
            : (int)Math.Round(100 * results.Sum(r => r.Fraction * r.Definition.Weight) / totalWeight, MidpointRounding.AwayFromZero);

        return new DayScore(day, stage, today.Count > 0, overall, results, SynergyRule.IsEarned(results), SafetyRules.Evaluate(stage, today, window));
    }

    private static TargetResult Evaluate(TargetDefinition target, (double Actual, IReadOnlyList<Contribution> Contributions) measured) =>
        new(target, measured.Actual, target.FractionMet(measured.Actual), target.IsMet(measured.Actual), measured.Contributions);

    private static (double Actual, IReadOnlyList<Contribution> Contributions) Measure(
        Metric metric, List<ConsumedFood> today, List<ConsumedFood> window, LifeStage stage, bool withContributions) => metric switch
        {
            Metric.Fiber => Sum(today, i => i.Nutrient(f => f.FiberG), withContributions),
            Metric.AddedSugar => Sum(today, i => i.Nutrient(f => f.AddedSugarsG), withContributions),
            Metric.Caffeine => Sum(today, i => i.Nutrient(f => f.CaffeineMg), withContributions),
            Metric.BeverageWater => Sum(today.Where(i => i.Food.IsBeverage), i => i.Nutrient(f => f.WaterG), withContributions),
            Metric.FermentedServings => Sum(today.Where(i => CountsAsFermentedServing(i.Food, stage)), Servings, withContributions),
            Metric.PrebioticServings => Sum(today.Where(i => i.Food.IsPrebioticRich), Servings, withContributions),
            Metric.PlantsPerDay => Plants(today, withContributions),
            Metric.PlantsPerWeek => Plants(window, withContributions),
            Metric.PlantColours => Colours(today, withContributions),
            Metric.UltraProcessedShare => UltraProcessedShare(today, withContributions),
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

    // The totals are computed the same way with or without contributions (same grouping, same order of addition), so
    // Score and ScoreNumbers agree to the last bit; only the names and sorted lists are skipped. Groups keep the order in
    // which their first item appears, as GroupBy would.
    private static (double, IReadOnlyList<Contribution>) Sum(IEnumerable<ConsumedFood> items, Func<ConsumedFood, double> amount, bool withContributions)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var amounts = new List<double>();
        var members = withContributions ? new List<List<ConsumedFood>>() : null;
        foreach (var item in items)
        {
            if (!groupOf.TryGetValue(item.Food.Key, out var group))
            {
                group = amounts.Count;
                groupOf.Add(item.Food.Key, group);
                amounts.Add(0);
                members?.Add([]);
            }

            amounts[group] += amount(item);
            members?[group].Add(item);
        }

        var total = 0.0;
        foreach (var groupAmount in amounts)
        {
            total += groupAmount > 0 ? groupAmount : 0;
        }

        return members is null
            ? (total, [])
            : (total, Sorted(amounts.Select((groupAmount, group) => (Amount: groupAmount, Items: members[group]))
                .Where(g => g.Amount > 0)
                .Select(g => new Contribution(g.Items[0].Food.Name, g.Items.Sum(i => i.Grams), g.Amount))));
    }

    private static (double, IReadOnlyList<Contribution>) Plants(List<ConsumedFood> items, bool withContributions)
    {
        // Each species once, in order of first appearance, worth its highest point weight.
        var speciesOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var amounts = new List<double>();
        var members = withContributions ? new List<List<ConsumedFood>>() : null;
        foreach (var item in items)
        {
            if (item.Grams < MinPlantGrams)
            {
                continue;
            }

            var plantSpecies = item.Food.PlantSpecies;
            for (var i = 0; i < plantSpecies.Count; i++)
            {
                var species = plantSpecies[i];
                if (ListedBefore(plantSpecies, i))
                {
                    continue; // listed twice on one food: counted once
                }

                var weight = PointWeight(item.Food);
                if (!speciesOf.TryGetValue(species, out var group))
                {
                    group = amounts.Count;
                    speciesOf.Add(species, group);
                    amounts.Add(weight);
                    members?.Add([]);
                }
                else
                {
                    amounts[group] = Math.Max(amounts[group], weight);
                }

                members?[group].Add(item);
            }
        }

        var total = 0.0;
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return members is null
            ? (total, [])
            : (total, Sorted(speciesOf.Select(s => new Contribution(JoinNames(members[s.Value]), members[s.Value].Sum(i => i.Grams), amounts[s.Value], s.Key))));
    }

    private static bool ListedBefore(List<string> species, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(species[i], species[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A species is worth 1, or 1/4 for herbs, spices and coffee, tea and cocoa drinks (the 30-plants campaigns'
    /// convention); the one rule for every mother.
    /// </summary>
    public static double PointWeight(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.PlantPoints is > 0 and <= 1 ? food.PlantPoints : 1;
    }

    private static readonly PlantColours[] ColourGroups = Enum.GetValues<PlantColours>().Where(c => c != PlantColours.None).ToArray();

    private static (double, IReadOnlyList<Contribution>) Colours(List<ConsumedFood> items, bool withContributions)
    {
        if (!withContributions)
        {
            var seen = PlantColours.None;
            foreach (var item in items)
            {
                if (item.Grams >= MinPlantGrams)
                {
                    seen |= item.Food.Colours;
                }
            }

            return (ColourGroups.Count(colour => seen.HasFlag(colour)), []);
        }

        var present = ColourGroups
            .Select(colour => (Colour: colour, Items: items.Where(i => i.Grams >= MinPlantGrams && i.Food.Colours.HasFlag(colour)).ToList()))
            .Where(x => x.Items.Count > 0)
            .ToList();
        return (present.Count, Sorted(present.Select(x => new Contribution(JoinNames(x.Items), x.Items.Sum(i => i.Grams), 1, ColourName(x.Colour)))));
    }

    private static (double, IReadOnlyList<Contribution>) UltraProcessedShare(IEnumerable<ConsumedFood> items, bool withContributions)
    {
        var counted = items.Where(i => !i.Food.IsPlainDrink).ToList();
        var totalGrams = counted.Sum(i => i.Grams);
        return totalGrams <= 0
            ? (0, [])
            : Sum(counted.Where(i => i.Food.NovaGroup >= 4), i => 100 * i.Grams / totalGrams, withContributions);
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
