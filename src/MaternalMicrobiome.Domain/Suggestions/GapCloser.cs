using System.Globalization;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Suggestions;

/// <summary>
/// Proposes a few foods, each with a portion, that close the most remaining gaps of a day at once. Picks are greedy: each
/// is scored on the day as it would be after the picks before it, so they complement each other. A suggestion never adds
/// risk, at any life stage: no food with a safety flag, none with caffeine or alcohol (or with caffeine unknown), and no
/// pick that would raise the day's warnings. It is never a food her diet or exclusions rule out, nor one that is not a
/// food to propose at all (<see cref="CanPropose"/>).
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

    /// <summary>The least a suggestion proposes: a clove of garlic (3 g). A leaf of rocket (2 g) gives way to a bigger portion.</summary>
    public const double MinPortionGrams = 3;

    /// <summary>
    /// The most energy one suggestion may add: a cup of roasted soybeans (172 g, 810 kcal) or of peanuts (146 g, 830 kcal)
    /// is a meal's worth, not a gap-closer; their ounce (28 g) is proposed instead.
    /// </summary>
    public const double MaxPortionKcal = 300;

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
        // Each candidate's portion is worked out once, not in every trial of every pick (CanPropose ensures there is one).
        var pool = candidates
            .Where(f => CanPropose(f) && preferences.Allows(f))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .Select(f => (Food: f, Portion: Portion(f)!))
            .ToList();

        var picks = new List<Suggestion>();
        var current = before;
        while (picks.Count < count)
        {
            Suggestion? best = null;
            DayScore? bestScore = null;
            double bestGain = 0;
            foreach (var (food, portion) in pool)
            {
                if (picks.Any(p => p.Food.Id == food.Id))
                {
                    continue;
                }

                var trial = DayScorer.ScoreNumbers(day, eaten.Append(new ConsumedFood(food, portion.Grams, day)), targets, stage);
                // The pool holds no flagged, caffeinated or alcoholic food; a day-level warning (the week's fish) still counts.
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
                    best = new Suggestion(food, portion.Grams, portion.Description, portion.Count, Reasons(current, trial), trial.Overall - current.Overall);
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
    /// target (a plant, live cultures or prebiotic-rich), eaten as it comes (<see cref="Preparation"/>), sold in shops
    /// (<see cref="Availability"/>), not a seasoning or dried flakes (<see cref="Seasonings"/>), that adds no risk at any
    /// stage (no safety flag, no caffeine or alcohol, no unknown caffeine) and has a realistic portion (<see cref="Portion"/>).
    /// </summary>
    public static bool CanPropose(Food food) =>
        IsSafeShopFood(food) && (food.IsPlant || food.HasLiveCultures || food.IsPrebioticRich);

    /// <summary>
    /// What every suggestion is, whatever gap it closes: a shared catalog food, not a recipe, not ultra-processed, adding
    /// no risk at any stage (<see cref="AddsRisk"/>), eaten as it comes (<see cref="Preparation"/>), sold in shops
    /// (<see cref="Availability"/>), not a seasoning or dried flakes (<see cref="Seasonings"/>), with a realistic portion.
    /// </summary>
    public static bool IsSafeShopFood(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.OwnerId is null
            && !food.IsRecipe
            && food.NovaGroup <= 3
            && !AddsRisk(food)
            && !Preparation.MustBeCookedFirst(food)
            && !Availability.IsGatheredRegionally(food)
            && !Seasonings.IsSeasoningOrDried(food)
            && Portion(food) is not null;
    }

    /// <summary>
    /// True for a food that would raise a risk total or a warning at some stage: any safety flag (alcohol, raw milk, raw
    /// sprouts, herbal tea…), caffeine or alcohol however little, or caffeine that USDA does not give.
    /// </summary>
    public static bool AddsRisk(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        return food.PregnancyRisks != PregnancyRisks.None
            || food.CaffeineMg > 0
            || food.AlcoholG > 0
            || CaffeineSources.IsCaffeineUnknown(food);
    }

    /// <summary>
    /// The suggested amount: the reference serving, else the household portions in USDA's order; the first of them from
    /// <see cref="MinPortionGrams"/> to <see cref="MaxPortionGrams"/> and at most <see cref="MaxPortionKcal"/>. A food with
    /// no household portion at all (the catalog's serving is then a 100 g fallback), or none within those bounds, has no
    /// realistic portion and is not proposed.
    /// </summary>
    public static SuggestedPortion? Portion(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        if (food.Portions.Count == 0)
        {
            return null;
        }

        if (food.ServingGrams is { } serving && IsRealistic(food, serving))
        {
            var matching = food.Portions.FirstOrDefault(p => Math.Abs(p.Grams - serving) < 0.5);
            return new SuggestedPortion(serving, matching?.Description, matching is null ? 0 : 1);
        }

        var first = food.Portions.OrderBy(p => p.Sequence).FirstOrDefault(p => IsRealistic(food, p.Grams));
        return first is null ? null : new SuggestedPortion(first.Grams, first.Description, 1);
    }

    private static bool IsRealistic(Food food, double grams) =>
        grams is >= MinPortionGrams and <= MaxPortionGrams
        && (food.EnergyKcal ?? 0) * grams / 100 <= MaxPortionKcal;

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
            reasons.Add(newPlants <= 1 ? $"{PlantCount.Format(newPlants)} new plant" : $"{PlantCount.Format(newPlants)} new plants");
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
