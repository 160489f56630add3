using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Suggestions;

namespace MaternalMicrobiome.Domain.Tests.Suggestions;

/// <summary>How much of a food a suggestion proposes (<see cref="GapCloser.Portion"/>).</summary>
public sealed class SuggestedPortionTests
{
    [Fact]
    public void One_reference_serving_named_by_its_household_portion()
    {
        var blueberries = Food(148, ("1 cup", 148), ("1 pint", 550));

        Assert.Equal((148, "1 cup", 1), GapCloser.Portion(blueberries));
    }

    [Fact]
    public void A_whole_mamey_apple_is_not_a_serving_100_g_are_proposed_instead()
    {
        // SR28's only household portion of "Mammy-apple, (mamey), raw" is the whole fruit, and the catalog's serving is it.
        var mamey = Food(846, ("1 fruit without refuse", 846));

        Assert.Equal((100, null, 0), GapCloser.Portion(mamey));
    }

    [Fact]
    public void A_serving_over_the_limit_gives_way_to_the_next_portion_within_it()
    {
        var melon = Food(552, ("1 melon", 552), ("1 cup, diced", 160));

        Assert.Equal((160, "1 cup, diced", 1), GapCloser.Portion(melon));
    }

    [Fact]
    public void Without_a_serving_the_first_household_portion_and_without_either_100_g()
    {
        Assert.Equal((30, "1 tbsp", 1), GapCloser.Portion(Food(null, ("1 tbsp", 30), ("1 cup", 240))));
        Assert.Equal((100, null, 0), GapCloser.Portion(Food(null)));
    }

    [Property]
    public Property Whatever_the_catalog_says_a_suggestion_is_more_than_0_and_at_most_the_limit()
    {
        var grams = Gen.Choose(-10, 2000).Select(g => (double)g);
        var foods =
            from serving in Gen.OneOf(grams.Select(g => (double?)g), Gen.Constant((double?)null))
            from portions in grams.ListOf()
            select Food(serving, portions.Select((g, i) => ($"portion {i}", g)).ToArray());

        return Prop.ForAll(foods.ToArbitrary(), food =>
        {
            var (amount, _, _) = GapCloser.Portion(food);
            return (amount > 0 && amount <= GapCloser.MaxPortionGrams).Label($"{amount} g");
        });
    }

    private static Food Food(double? servingGrams, params (string Description, double Grams)[] portions) => new()
    {
        Key = "test",
        Name = "Test fruit",
        FoodGroup = "Fruits and Fruit Juices",
        ServingGrams = servingGrams,
        Portions = portions.Select((p, i) => new FoodPortion { Sequence = i + 1, Description = p.Description, Grams = p.Grams }).ToList(),
    };
}
