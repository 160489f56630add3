using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Suggestions;

public sealed class PrenatalGapCloserTests
{
    private static readonly DateOnly Today = TestStages.Today;
    private static readonly LifeStage Stage = TestStages.PregnantTrimester2;

    private static IReadOnlyList<Suggestion> Suggest(
        IEnumerable<Food> candidates, DietPreferences? preferences = null, IReadOnlyList<Suggestion>? gutPicks = null, params ConsumedFood[] eaten) =>
        PrenatalGapCloser.Suggest(Today, eaten, gutPicks ?? [], candidates, DefaultTargets.For(Stage), Stage, preferences ?? DietPreferences.None);

    [Fact]
    public void A_day_short_of_choline_is_offered_the_cooked_egg_never_the_raw_one()
    {
        var suggestions = Suggest([PrenatalSuggestionFoods.RawEgg, PrenatalSuggestionFoods.HardBoiledEgg], eaten: PrenatalSuggestionFoods.CookedLentils.Eat(200, Today));

        var egg = Assert.Single(suggestions);
        Assert.Equal(PrenatalSuggestionFoods.HardBoiledEgg.Name, egg.Food.Name);
        Assert.Contains(PrenatalNutrient.Choline, egg.MissedNutrients);
        Assert.Contains("+147 mg Choline", egg.Reasons);
    }

    [Fact]
    public void A_day_short_of_dha_is_offered_cooked_salmon_never_swordfish_or_raw_salmon()
    {
        var suggestions = Suggest(PrenatalSuggestionFoods.All, eaten: PrenatalSuggestionFoods.CookedLentils.Eat(200, Today));

        var salmon = Assert.Single(suggestions, s => s.MissedNutrients.Contains(PrenatalNutrient.DhaEpa));
        Assert.Equal(PrenatalSuggestionFoods.CookedSalmon.Name, salmon.Food.Name);
        Assert.DoesNotContain(suggestions, s => s.Food.Name.Contains("swordfish", StringComparison.Ordinal) || s.Food.Name.EndsWith("raw", StringComparison.Ordinal));
    }

    [Fact]
    public void A_food_without_a_choline_value_is_never_said_to_close_the_choline_gap()
    {
        var suggestions = Suggest([PrenatalSuggestionFoods.EggWithoutCholine], eaten: PrenatalSuggestionFoods.CookedLentils.Eat(200, Today));

        var egg = Assert.Single(suggestions);
        Assert.DoesNotContain(PrenatalNutrient.Choline, egg.MissedNutrients);
        Assert.DoesNotContain(egg.Reasons, r => r.Contains("Choline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vegetarian_is_offered_no_fish_and_a_disliked_food_is_never_offered()
    {
        var egg = PrenatalSuggestionFoods.HardBoiledEgg;
        var vegetarian = new DietPreferences(DietPattern.Vegetarian, DietTags.None, Allergens.None, new HashSet<int> { egg.Id });

        var suggestions = Suggest(PrenatalSuggestionFoods.All, vegetarian, eaten: PrenatalSuggestionFoods.CookedLentils.Eat(200, Today));

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.True(s.Food.DietTags.HasFlag(DietTags.Vegetarian), s.Food.Name));
        Assert.DoesNotContain(suggestions, s => s.Food.Id == egg.Id);
    }

    [Fact]
    public void An_empty_day_misses_nothing_it_can_know_so_nothing_is_offered()
    {
        Assert.Empty(Suggest(PrenatalSuggestionFoods.All));
    }

    [Fact]
    public void The_gut_health_picks_come_first_count_as_eaten_and_are_not_repeated()
    {
        var salmon = PrenatalSuggestionFoods.CookedSalmon;
        IReadOnlyList<Suggestion> gutPicks = [new Suggestion(salmon, 85, "3 oz", 1, ["+0 g fiber"], 0)];

        var suggestions = Suggest(PrenatalSuggestionFoods.All, gutPicks: gutPicks, eaten: PrenatalSuggestionFoods.CookedLentils.Eat(200, Today));

        Assert.DoesNotContain(suggestions, s => s.Food.Id == salmon.Id);
        // The salmon already brings the day's DHA + EPA to 730 mg of 350: nothing else is offered for it.
        Assert.DoesNotContain(suggestions, s => s.MissedNutrients.Contains(PrenatalNutrient.DhaEpa));
    }

    [Fact]
    public void No_fish_is_offered_when_it_would_raise_the_weekly_fish_warning()
    {
        var salmon = PrenatalSuggestionFoods.CookedSalmon;
        ConsumedFood[] eaten = [salmon.Eat(300, Today.AddDays(-2)), PrenatalSuggestionFoods.CookedLentils.Eat(200, Today)];

        var suggestions = Suggest(PrenatalSuggestionFoods.All, eaten: eaten);

        Assert.DoesNotContain(suggestions, s => s.Food.FoodGroup == "Finfish and Shellfish Products");
        Assert.NotEmpty(suggestions);
    }

    [Theory]
    [InlineData("Chicken, broilers or fryers, giblets, cooked, simmered", false)]
    [InlineData("Beef, variety meats and by-products, kidneys, cooked, simmered", false)]
    [InlineData("Chicken, liver, all classes, cooked, simmered", false)]
    [InlineData("Chicken, broilers or fryers, breast, meat only, cooked, roasted", true)]
    public void Organ_meats_are_not_proposed_for_prenatal_nutrients(string name, bool proposed)
    {
        var food = PrenatalSuggestionFoods.Make(3001, name, "Poultry Products", 165, 140, "1 cup", PrenatalTestFoods.BeefLiver, DietTags.GlutenFree, Allergens.None);

        Assert.Equal(proposed, PrenatalGapCloser.CanPropose(food));
    }

    [Theory]
    [InlineData("Milk, dry, nonfat, instant, with added vitamin A and vitamin D", "Dairy and Egg Products", false)]
    [InlineData("Egg, whole, dried", "Dairy and Egg Products", false)]
    [InlineData("Fish, cod, Atlantic, dried and salted", "Finfish and Shellfish Products", false)]
    [InlineData("Cheese, cottage, nonfat, uncreamed, dry, large or small curd", "Dairy and Egg Products", true)]
    [InlineData("Milk, whole", "Dairy and Egg Products", true)]
    public void Dried_milk_egg_and_fish_are_not_a_portion_to_propose(string name, string group, bool proposed)
    {
        var food = PrenatalSuggestionFoods.Make(3002, name, group, 60, 100, "1 cup", PrenatalTestFoods.WholeMilk, DietTags.GlutenFree, Allergens.None);

        Assert.Equal(proposed, PrenatalGapCloser.CanPropose(food));
    }
}
