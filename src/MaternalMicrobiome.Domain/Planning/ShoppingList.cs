using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>What to buy for a week of planned foods, aisle by aisle.</summary>
public sealed record ShoppingList(IReadOnlyList<ShoppingItem> Items)
{
    /// <summary>The aisles with something to buy, in the order of a walk through the shop, each with its foods by name.</summary>
    public IReadOnlyList<IGrouping<ShopAisle, ShoppingItem>> Aisles =>
        Items.GroupBy(i => i.Aisle).OrderBy(g => g.Key).ToList();

    /// <summary>The planned grams bought in one aisle.</summary>
    public double GramsIn(ShopAisle aisle) => Items.Where(i => i.Aisle == aisle).Sum(i => i.Grams);

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
                return new ShoppingItem(food.Id, food.Name, ShopAisles.For(food), grams, BuyingUnits.For(food, grams));
            })
            .OrderBy(i => i.Aisle)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
        return new ShoppingList(items);
    }
}
