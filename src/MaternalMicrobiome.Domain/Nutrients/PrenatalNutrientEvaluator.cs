using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>
/// Totals a day's prenatal nutrients and compares them with the stage's daily reference values. A food without a
/// value adds nothing to the known total and is counted, so the total reads "at least"; it never counts as 0 towards
/// "met": a nutrient is met only when the known total alone reaches the reference, and unknown when no eaten food
/// has a value for it.
/// </summary>
public static class PrenatalNutrientEvaluator
{
    /// <summary>Each of the nine nutrients for one day, in <see cref="PrenatalNutrients.All"/> order.</summary>
    public static IReadOnlyList<NutrientDayResult> EvaluateDay(IReadOnlyCollection<EatenFood> foods, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(foods);
        return PrenatalReferenceValues.For(stage).Select(reference => EvaluateDay(foods, reference)).ToList();
    }

    /// <summary>Logged or planned foods as the evaluator reads them: a recipe as its ingredients, each with its own values.</summary>
    public static IReadOnlyList<EatenFood> Eaten(IEnumerable<ConsumedFood> consumed)
    {
        ArgumentNullException.ThrowIfNull(consumed);
        return consumed.SelectMany(RecipeExpansion.Expand).Select(c => new EatenFood(c.Grams, c.Food.PrenatalValues)).ToList();
    }

    /// <summary>One nutrient for one day against a given reference value.</summary>
    public static NutrientDayResult EvaluateDay(IReadOnlyCollection<EatenFood> foods, DailyReferenceValue reference)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(reference);
        var knownTotal = 0.0;
        var withoutValue = 0;
        foreach (var food in foods)
        {
            if (food.Grams is < 0 or double.NaN)
            {
                throw new ArgumentOutOfRangeException(nameof(foods), food.Grams, "Grams eaten cannot be negative.");
            }

            if (food.Amount(reference.Nutrient) is { } amount)
            {
                knownTotal += amount;
            }
            else
            {
                withoutValue++;
            }
        }

        var anyKnown = foods.Count > withoutValue;
        return new NutrientDayResult(reference.Nutrient, knownTotal, foods.Count, withoutValue, reference, StatusOf(anyKnown, knownTotal, reference));
    }

    /// <summary>
    /// Each nutrient's daily average over the logged days only (a day with no foods, or a date not given, is not a
    /// zero). The average is of the days' known totals, so it is "at least" when any day had foods without a value.
    /// </summary>
    public static IReadOnlyList<NutrientWeekAverage> WeekAverages(IEnumerable<PrenatalDay> days, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(days);
        var logged = days.Where(d => d.IsLogged).ToList();
        return PrenatalReferenceValues.For(stage).Select(reference =>
        {
            var results = logged.Select(d => EvaluateDay(d.Foods, reference)).ToList();
            var anyKnown = results.Any(r => r.Status != NutrientStatus.Unknown);
            double? average = anyKnown ? results.Sum(r => r.KnownTotal) / results.Count : null;
            return new NutrientWeekAverage(
                reference.Nutrient,
                average,
                results.Count,
                results.Count(r => r.IsAtLeast),
                reference,
                StatusOf(anyKnown, average ?? 0, reference));
        }).ToList();
    }

    private static NutrientStatus StatusOf(bool anyKnown, double knownAmount, DailyReferenceValue reference) =>
        !anyKnown ? NutrientStatus.Unknown
        : knownAmount >= reference.Amount ? NutrientStatus.Met
        : NutrientStatus.Below;
}
