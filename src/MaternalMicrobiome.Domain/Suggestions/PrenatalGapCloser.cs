using System.Globalization;
using System.Text.RegularExpressions;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Suggestions;

/// <summary>
/// Proposes a few more foods, after the gut-health picks of <see cref="GapCloser"/>, for the prenatal nutrients the day
/// still misses (status <see cref="NutrientStatus.Below"/> once those picks are added): a day short of choline is offered
/// an egg dish, one short of DHA + EPA a cooked fish. The same safety comes first: never a food that adds risk at any
/// stage (<see cref="GapCloser.AddsRisk"/>), never raw meat or fish, never a pick that raises the day's warnings (the
/// week's fish), never a food her diet, exclusions or dislikes rule out. Only known values count: a food without a value
/// for a nutrient adds nothing towards it and is never said to.
/// </summary>
public static class PrenatalGapCloser
{
    public const int DefaultCount = 2;

    /// <summary>
    /// The least share of the reference value a portion must add for the nutrient to count for it: a pick is not sold on
    /// "+0.1 µg vitamin D". Less is enough when it closes the rest of the gap.
    /// </summary>
    public const double MinShareOfReference = 0.1;

    /// <summary>Baby foods are not proposed to a mother, nor oils (fish oils are supplements, not a portion of food).</summary>
    private static readonly string[] NotProposedGroups = ["Baby Foods", "Fats and Oils"];

    /// <summary>
    /// Organ meats: SR28's giblets hold the liver, whose preformed vitamin A is flagged in pregnancy, without being flagged
    /// themselves ("Chicken, broilers or fryers, giblets, cooked, simmered" was proposed for folate and iron); the other
    /// variety meats are no everyday way to close a gap either.
    /// </summary>
    private static readonly Regex OrganMeat = new(@"\b(giblets|variety meats|liver)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Dried milk, whey and egg, and dried fish: powders to mix or fish to soak and cook, not a portion eaten as it comes
    /// ("Milk, dry, nonfat, instant", 1 cup, was proposed for calcium). Dry-curd cottage cheese is eaten as it is.
    /// </summary>
    private static readonly Regex DriedAnimalFood = new(@"^Milk, dry\b|\bdried\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] DriedAnimalFoodGroups = ["Dairy and Egg Products", "Finfish and Shellfish Products"];

    /// <summary>
    /// Whatever the day: what every suggestion is (<see cref="GapCloser.IsSafeShopFood"/>: no risk at any stage, eaten as it
    /// comes, so no raw meat or fish, in a realistic portion…), not a baby food, oil, organ meat or dried milk, egg or fish, with a known value above
    /// 0 for at least one prenatal nutrient. Unlike the gut-health pool it need not be a plant.
    /// </summary>
    public static bool CanPropose(Food food) =>
        GapCloser.IsSafeShopFood(food)
        && !Array.Exists(NotProposedGroups, g => string.Equals(food.FoodGroup, g, StringComparison.Ordinal))
        && !OrganMeat.IsMatch(food.Name)
        && !(Array.Exists(DriedAnimalFoodGroups, g => string.Equals(food.FoodGroup, g, StringComparison.Ordinal)) && DriedAnimalFood.IsMatch(food.Name))
        && HasAnyKnownValue(food.PrenatalValues);

    /// <param name="window">What she ate on the day and the six days before it, as <see cref="GapCloser.Suggest"/> takes it.</param>
    /// <param name="gutPicks">The gut-health suggestions already made for the day: counted as eaten, never repeated.</param>
    public static IReadOnlyList<Suggestion> Suggest(
        DateOnly day,
        IReadOnlyList<ConsumedFood> window,
        IReadOnlyList<Suggestion> gutPicks,
        IEnumerable<Food> candidates,
        TargetSet targets,
        LifeStage stage,
        DietPreferences preferences,
        int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(gutPicks);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(preferences);
        var eaten = window.Concat(gutPicks.Select(p => new ConsumedFood(p.Food, p.Grams, day))).ToList();
        var taken = gutPicks.Select(p => p.Food.Id).ToHashSet();
        var pool = candidates
            .Where(f => !taken.Contains(f.Id) && CanPropose(f) && preferences.Allows(f))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .Select(f => (Food: f, Portion: GapCloser.Portion(f)!, Values: f.PrenatalValues))
            .ToList();

        var picks = new List<Suggestion>();
        var score = DayScorer.ScoreNumbers(day, eaten, targets, stage);
        while (picks.Count < count)
        {
            var missed = PrenatalNutrientEvaluator.EvaluateDay(PrenatalNutrientEvaluator.Eaten(eaten.Where(c => c.Date == day)), stage)
                .Where(r => r.Status == NutrientStatus.Below)
                .ToList();
            if (missed.Count == 0)
            {
                break;
            }

            // Best gain first; among equal gains the first by name, so suggestions are stable. Only the ranked few are
            // scored in full, for the warnings.
            var ranked = pool
                .Where(c => !picks.Any(p => p.Food.Id == c.Food.Id))
                .Select(c => (Candidate: c, Gain: Gain(c.Values, c.Portion.Grams, missed)))
                .Where(x => x.Gain > 0)
                .OrderByDescending(x => x.Gain);

            Suggestion? best = null;
            DayScore? bestScore = null;
            foreach (var ((food, portion, values), _) in ranked)
            {
                var trial = DayScorer.ScoreNumbers(day, eaten.Append(new ConsumedFood(food, portion.Grams, day)), targets, stage);
                if (trial.Warnings.Count > score.Warnings.Count)
                {
                    continue;
                }

                var added = missed.Where(r => Counts(values, portion.Grams, r)).ToList();
                best = new Suggestion(food, portion.Grams, portion.Description, portion.Count, Reasons(values, portion.Grams, added), trial.Overall - score.Overall)
                {
                    MissedNutrients = added.Select(r => r.Nutrient).ToList(),
                };
                bestScore = trial;
                break;
            }

            if (best is null || bestScore is null)
            {
                break;
            }

            picks.Add(best);
            eaten.Add(new ConsumedFood(best.Food, best.Grams, day));
            score = bestScore;
        }

        return picks;
    }

    /// <summary>
    /// The share of each missed nutrient's reference value that the portion closes, capped at what is missing, summed over
    /// the nutrients it counts for. An unknown value adds nothing.
    /// </summary>
    private static double Gain(PrenatalNutrientValues values, double grams, IReadOnlyList<NutrientDayResult> missed)
    {
        var gain = 0.0;
        foreach (var result in missed)
        {
            if (Counts(values, grams, result))
            {
                gain += Math.Min(result.Shortfall!.Value, Added(values, grams, result.Nutrient)!.Value) / result.Reference.Amount;
            }
        }

        return gain;
    }

    private static bool Counts(PrenatalNutrientValues values, double grams, NutrientDayResult missed) =>
        Added(values, grams, missed.Nutrient) is { } amount
        && amount > 0
        && amount >= Math.Min(missed.Shortfall!.Value, MinShareOfReference * missed.Reference.Amount);

    private static double? Added(PrenatalNutrientValues values, double grams, PrenatalNutrient nutrient) => values[nutrient] * grams / 100;

    private static bool HasAnyKnownValue(PrenatalNutrientValues values) => PrenatalNutrients.All.Any(n => values[n] > 0);

    private static List<string> Reasons(PrenatalNutrientValues values, double grams, IReadOnlyList<NutrientDayResult> added) =>
        added.Select(r =>
        {
            var amount = Added(values, grams, r.Nutrient)!.Value;
            var shown = amount.ToString(amount >= 10 ? "N0" : amount >= 1 ? "0.#" : "0.##", CultureInfo.InvariantCulture);
            return $"+{shown} {r.Reference.Unit} {PrenatalNutrients.Name(r.Nutrient)}";
        }).ToList();
}
