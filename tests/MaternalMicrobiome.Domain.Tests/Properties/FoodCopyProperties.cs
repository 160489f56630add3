using FsCheck.Xunit;

using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>
/// A client's copy of a food from her nutritionist's library (<see cref="Food.CopyFor"/>) is the same food to the
/// scorer: any day scored with copies in place of the originals scores exactly the same, and the copy shares nothing
/// mutable with its original.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)])]
public sealed class FoodCopyProperties
{
    private const string Client = "client";

    [Property]
    public bool A_day_of_copies_scores_exactly_as_the_day_of_the_originals(ScoringCase day)
    {
        var copies = new Dictionary<Food, Food>(ReferenceEqualityComparer.Instance);
        var copied = day.Foods.Select(f => f with { Food = CopyOf(f.Food, copies) }).ToList();

        var original = day.Score();
        var fromCopies = day.ScoreWith(copied);
        return original.Overall.Equals(fromCopies.Overall)
            && original.Warnings.Count == fromCopies.Warnings.Count
            && original.Targets.Zip(fromCopies.Targets).All(p => p.First.Actual.Equals(p.Second.Actual) && p.First.Met == p.Second.Met);
    }

    [Property]
    public bool A_copy_belongs_to_its_new_owner_and_changing_it_leaves_the_original_alone(ScoringCase day)
    {
        return day.Foods.Select(f => f.Food).All(food =>
        {
            var species = food.PlantSpecies.ToList();
            var portions = food.Portions.Select(p => (p.Description, p.Grams)).ToList();
            var copy = food.CopyFor(Client, "custom-copy");
            copy.PlantSpecies.Add("copy-only");
            copy.Portions.Clear();
            copy.Synonyms.Add("copy-only");

            return copy.OwnerId == Client && copy.Key == "custom-copy" && copy.Id == 0 && copy.Version != food.Version
                && copy.Ingredients.Count == 0 && copy.LibrarySourceKey is null
                && food.PlantSpecies.SequenceEqual(species)
                && food.Portions.Select(p => (p.Description, p.Grams)).SequenceEqual(portions)
                && !food.Synonyms.Contains("copy-only");
        });
    }

    /// <summary>A copy as the library copier makes it: a new id, and a recipe's ingredients pointing at copies too.</summary>
    private static Food CopyOf(Food food, Dictionary<Food, Food> copies)
    {
        if (copies.TryGetValue(food, out var existing))
        {
            return existing;
        }

        var copy = food.CopyFor(Client, $"custom-{food.Key}");
        copy.Id = food.Id + 100_000;
        copy.Ingredients = food.Ingredients.Select(i => new RecipeIngredient { Food = CopyOf(i.Food!, copies), FoodId = i.FoodId + 100_000, Grams = i.Grams }).ToList();
        copies[food] = copy;
        return copy;
    }
}
