using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>What to buy for a week of planned foods, aisle by aisle.</summary>
public sealed record ShoppingList(IReadOnlyList<ShoppingItem> Items)
{
    /// <summary>The aisles (food groups) in alphabetical order, each with its foods by name.</summary>
    public IReadOnlyList<IGrouping<string, ShoppingItem>> Aisles =>
        Items.GroupBy(i => i.Aisle, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Sums the grams of each food over the week. A recipe is bought as its ingredients (the same expansion the scorer
    /// uses), so a lentil soup planned twice puts twice its lentils on the list.
    /// </summary>
    public static ShoppingList Build(IEnumerable<ConsumedFood> planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var items = planned
            .SelectMany(RecipeExpansion.Expand)
            .Where(f => f.Grams > 0)
            .GroupBy(f => f.Food.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var food = g.First().Food;
                var grams = g.Sum(f => f.Grams);
                var (portion, count) = Household(food, grams);
                return new ShoppingItem(food.Id, food.Name, food.FoodGroup, grams, portion, count);
            })
            .OrderBy(i => i.Aisle, StringComparer.Ordinal)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
        return new ShoppingList(items);
    }

    /// <summary>
    /// About how many of a household portion the grams are: a "medium" one where the food has it (a shopper counts
    /// bananas), otherwise its first portion; rounded to the nearest half, at least a half. None without portions.
    /// </summary>
    public static (string? Portion, double Count) Household(Food food, double grams)
    {
        ArgumentNullException.ThrowIfNull(food);
        var portions = food.Portions.Where(p => p.Grams > 0).OrderBy(p => p.Sequence).ToList();
        var portion = portions.FirstOrDefault(p => p.Description.Contains("medium", StringComparison.OrdinalIgnoreCase)) ?? portions.FirstOrDefault();
        if (portion is null || grams <= 0)
        {
            return (null, 0);
        }

        return (portion.Description, Math.Max(0.5, Math.Round(grams / portion.Grams * 2, MidpointRounding.AwayFromZero) / 2));
    }
}
