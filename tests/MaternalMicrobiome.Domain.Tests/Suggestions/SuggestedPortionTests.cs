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

        Assert.Equal(new SuggestedPortion(148, "1 cup", 1), GapCloser.Portion(blueberries));
    }

    [Fact]
    public void A_whole_mamey_apple_is_not_a_serving_and_with_no_other_portion_the_fruit_is_not_proposed()
    {
        // SR28's only household portion of "Mammy-apple, (mamey), raw" is the whole fruit, and the catalog's serving is it.
        var mamey = Food(846, ("1 fruit without refuse", 846));

        Assert.Null(GapCloser.Portion(mamey));
    }

    [Fact]
    public void A_serving_over_the_limit_gives_way_to_the_next_portion_within_it()
    {
        var melon = Food(552, ("1 melon", 552), ("1 cup, diced", 160));

        Assert.Equal(new SuggestedPortion(160, "1 cup, diced", 1), GapCloser.Portion(melon));
    }

    [Fact]
    public void Without_a_serving_the_first_household_portion_and_without_any_portion_nothing()
    {
        Assert.Equal(new SuggestedPortion(30, "1 tbsp", 1), GapCloser.Portion(Food(null, ("1 tbsp", 30), ("1 cup", 240))));

        // 65 foods of SR28 list no household portion: the catalog's 100 g serving is a fallback, not a portion anyone eats.
        Assert.Null(GapCloser.Portion(Food(100)));
    }

    [Fact]
    public void A_cup_of_roasted_soybeans_is_a_meal_its_ounce_is_proposed()
    {
        // SR28 14 "Soybeans, mature seeds, roasted, salted": 471 kcal per 100 g; the catalog's serving is the cup.
        var soybeans = Food(172, 471, ("1 cup", 172), ("1 oz", 28.35));

        Assert.Equal(new SuggestedPortion(28.35, "1 oz", 1), GapCloser.Portion(soybeans));
    }

    [Fact]
    public void A_leaf_is_too_little_the_next_portion_is_proposed()
    {
        var rocket = Food(2, ("1 leaf", 2), ("0.5 cup", 10));

        Assert.Equal(new SuggestedPortion(10, "0.5 cup", 1), GapCloser.Portion(rocket));
    }

    [Property]
    public Property Whatever_the_catalog_says_a_suggestion_is_within_the_bounds_or_there_is_none()
    {
        var grams = Gen.Choose(-10, 2000).Select(g => (double)g);
        var foods =
            from serving in Gen.OneOf(grams.Select(g => (double?)g), Gen.Constant((double?)null))
            from kcal in Gen.OneOf(Gen.Choose(0, 900).Select(k => (double?)k), Gen.Constant((double?)null))
            from portions in grams.ListOf()
            select Food(serving, kcal, portions.Select((g, i) => ($"portion {i}", g)).ToArray());

        return Prop.ForAll(foods.ToArbitrary(), food =>
        {
            if (GapCloser.Portion(food) is not { } portion)
            {
                // None only when no serving or portion fits.
                var fits = food.Portions.Select(p => p.Grams).Append(food.ServingGrams ?? 0)
                    .Any(g => g is >= GapCloser.MinPortionGrams and <= GapCloser.MaxPortionGrams && (food.EnergyKcal ?? 0) * g / 100 <= GapCloser.MaxPortionKcal);
                return (food.Portions.Count == 0 || !fits).Label("no portion although one fits");
            }

            var kcal = (food.EnergyKcal ?? 0) * portion.Grams / 100;
            return (portion.Grams >= GapCloser.MinPortionGrams && portion.Grams <= GapCloser.MaxPortionGrams && kcal <= GapCloser.MaxPortionKcal)
                .Label($"{portion.Grams} g, {kcal} kcal");
        });
    }

    private static Food Food(double? servingGrams, params (string Description, double Grams)[] portions) => Food(servingGrams, 50, portions);

    private static Food Food(double? servingGrams, double? energyKcal, params (string Description, double Grams)[] portions) => new()
    {
        EnergyKcal = energyKcal,
        Key = "test",
        Name = "Test fruit",
        FoodGroup = "Fruits and Fruit Juices",
        ServingGrams = servingGrams,
        Portions = portions.Select((p, i) => new FoodPortion { Sequence = i + 1, Description = p.Description, Grams = p.Grams }).ToList(),
    };
}
