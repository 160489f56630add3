namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>
/// The recipe form's live totals. The same arithmetic as <see cref="Domain.Scoring.RecipeExpansion"/>: a serving is the
/// total weight divided by the servings, and carries that share of every ingredient's fiber and plants.
/// </summary>
public sealed record RecipeTotals(double TotalGrams, double GramsPerServing, double FiberPerServing, IReadOnlyList<string> Plants)
{
    public static RecipeTotals Empty { get; } = new(0, 0, 0, []);

    public static RecipeTotals Of(IEnumerable<IngredientLine> lines, int servings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var counted = lines.Where(l => double.IsFinite(l.Grams) && l.Grams > 0).ToList();
        if (counted.Count == 0)
        {
            return Empty;
        }

        var perServing = servings >= 1 ? servings : 1;
        var totalGrams = counted.Sum(l => l.Grams);
        var fiber = counted.Sum(l => (l.Food.FiberG ?? 0) * l.Grams / 100);
        var plants = counted.SelectMany(l => l.Food.PlantSpecies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new RecipeTotals(totalGrams, totalGrams / perServing, fiber / perServing, plants);
    }
}
