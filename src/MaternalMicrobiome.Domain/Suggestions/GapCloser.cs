using System.Globalization;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Suggestions;

/// <summary>
/// Proposes a few foods, each with a portion, that close the most remaining gaps of a day at once. Picks are greedy: each
/// is scored on the day as it would be after the picks before it, so they complement each other. A food is never
/// proposed when her diet or exclusions rule it out, when adding it would raise any safety warning (its own risk in
/// pregnancy, or caffeine over the limit), or when it is not a food to propose at all (<see cref="CanPropose"/>).
/// </summary>
public static class GapCloser
{
    public const int DefaultCount = 3;

    /// <summary>
    /// The most a suggestion proposes at once. USDA's household portions include whole large fruits ("Mammy-apple,
    /// (mamey), raw": 1 fruit, 846 g), which are not one serving; among the foods suggestions choose from, the largest
    /// serving otherwise is 328 g (a cup of mashed sweet potato).
    /// </summary>
    public const double MaxPortionGrams = 400;

    public static IReadOnlyList<Suggestion> Suggest(
        DateOnly day,
        IReadOnlyList<ConsumedFood> window,
        IEnumerable<Food> candidates,
        TargetSet targets,
        LifeStage stage,
        DietPreferences preferences,
        int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(preferences);
        var eaten = window.ToList();
        // Picks compare numbers only (gains, warnings, actual values), so the trials skip the lists of contributing foods:
        // hundreds of trials per call (docs/performance.md).
        var before = DayScorer.ScoreNumbers(day, eaten, targets, stage);
        var pool = candidates
            .Where(f => CanPropose(f) && preferences.Allows(f) && !SafetyRules.RaisesWarning(f, stage))
            // Raw sprouts are widely advised against in pregnancy, but the references hold no checked source for it yet,
            // so they raise no warning (every warning cites one); suggestions simply do not propose them.
            .Where(f => !(stage.IsPregnant && Preparation.IsRawSprout(f)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .ToList();

        var picks = new List<Suggestion>();
        var current = before;
        while (picks.Count < count)
        {
            Suggestion? best = null;
            DayScore? bestScore = null;
            double bestGain = 0;
            foreach (var food in pool)
            {
                if (picks.Any(p => p.Food.Id == food.Id))
                {
                    continue;
                }

                var (grams, portion, portionCount) = Portion(food);
                var trial = DayScorer.ScoreNumbers(day, eaten.Append(new ConsumedFood(food, grams, day)), targets, stage);
                if (trial.Warnings.Count > current.Warnings.Count)
                {
                    continue;
                }

                var gain = WeightedGain(current, trial);
                // Strictly better only: among equal gains the first by name wins, so suggestions are stable.
                if (gain > bestGain + 1e-9)
                {
                    bestGain = gain;
                    bestScore = trial;
                    best = new Suggestion(food, grams, portion, portionCount, Reasons(current, trial), trial.Overall - current.Overall);
                }
            }

            if (best is null || bestScore is null || bestGain <= 0)
            {
                break;
            }

            picks.Add(best);
            eaten.Add(new ConsumedFood(best.Food, best.Grams, day));
            current = bestScore;
        }

        return picks;
    }

    /// <summary>
    /// Whatever the day, her diet or her stage: a shared catalog food, not a recipe, not ultra-processed, that feeds a
    /// target (a plant, live cultures or prebiotic-rich), eaten as it comes (<see cref="Preparation"/>) and sold in shops
    /// (<see cref="Availability"/>).
    /// </summary>
    public static bool CanPropose(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.OwnerId is null
            && !food.IsRecipe
            && food.NovaGroup <= 3
            && (food.IsPlant || food.HasLiveCultures || food.IsPrebioticRich)
            && !Preparation.MustBeCookedFirst(food)
            && !Availability.IsGatheredRegionally(food);
    }

    /// <summary>
    /// The suggested amount: one reference serving, else the first household portion, else 100 g; a serving or portion
    /// over <see cref="MaxPortionGrams"/> gives way to the next portion within it, else 100 g.
    /// </summary>
    public static (double Grams, string? Portion, double Count) Portion(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        if (food.ServingGrams is > 0 and <= MaxPortionGrams and var serving)
        {
            var matching = food.Portions.FirstOrDefault(p => Math.Abs(p.Grams - serving) < 0.5);
            return (serving, matching?.Description, matching is null ? 0 : 1);
        }

        var first = food.Portions.OrderBy(p => p.Sequence).FirstOrDefault(p => p.Grams is > 0 and <= MaxPortionGrams);
        return first is not null ? (first.Grams, first.Description, 1) : (100, null, 0);
    }

    /// <summary>Sum of weighted fraction gains: the same measure as the overall score, before rounding.</summary>
    private static double WeightedGain(DayScore before, DayScore after) =>
        after.Targets.Zip(before.Targets).Sum(pair => (pair.First.Fraction - pair.Second.Fraction) * pair.First.Definition.Weight);

    private static List<string> Reasons(DayScore before, DayScore after)
    {
        var reasons = new List<string>();
        double Delta(Metric metric) => (after.For(metric)?.Actual ?? 0) - (before.For(metric)?.Actual ?? 0);
        string Number(double value) => value.ToString(value >= 10 ? "0" : "0.#", CultureInfo.InvariantCulture);

        if (Delta(Metric.Fiber) >= 0.5)
        {
            reasons.Add($"+{Number(Delta(Metric.Fiber))} g fiber");
        }

        if (Delta(Metric.FermentedServings) >= 0.1)
        {
            reasons.Add($"+{Number(Delta(Metric.FermentedServings))} fermented serving");
        }

        var newPlants = Delta(Metric.PlantsPerDay);
        if (newPlants > 0)
        {
            reasons.Add(newPlants == 1 ? "1 new plant" : $"{Number(newPlants)} new plants");
        }

        if (Delta(Metric.PlantsPerWeek) > 0 && newPlants > 0)
        {
            reasons.Add("new this week");
        }

        if (Delta(Metric.PrebioticServings) >= 0.1)
        {
            reasons.Add("prebiotic");
        }

        if (Delta(Metric.PlantColours) >= 1)
        {
            reasons.Add("new colour");
        }

        if (Delta(Metric.BeverageWater) >= 50)
        {
            reasons.Add($"+{Number(Delta(Metric.BeverageWater))} mL water");
        }

        return reasons;
    }
}
