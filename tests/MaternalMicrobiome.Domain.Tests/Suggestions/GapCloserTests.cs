using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Suggestions;

public sealed class GapCloserTests
{
    private static readonly DateOnly Today = TestStages.Today;

    private static IReadOnlyList<Food> Catalog { get; } = TestFoods.All
        .Select((f, i) => { f.Id = i + 1; return f; })
        .ToList();

    private static IReadOnlyList<Suggestion> Suggest(LifeStage stage, DietPreferences preferences, params ConsumedFood[] eaten) =>
        GapCloser.Suggest(Today, eaten, Catalog, DefaultTargets.For(stage), stage, preferences);

    [Fact]
    public void An_empty_day_gets_three_suggestions_each_explained_and_each_raising_the_score()
    {
        var suggestions = Suggest(TestStages.PregnantTrimester2, DietPreferences.None);

        Assert.Equal(3, suggestions.Count);
        Assert.All(suggestions, s => Assert.NotEmpty(s.Reasons));
        Assert.All(suggestions, s => Assert.True(s.ScoreGain >= 0));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Food.Id).Distinct().Count());
    }

    [Fact]
    public void A_day_missing_fermented_food_is_offered_a_live_culture_food()
    {
        var suggestions = Suggest(TestStages.PregnantTrimester2, DietPreferences.None, TestFoods.LentilsCooked.Eat(400, Today));

        Assert.Contains(suggestions, s => s.Food.HasLiveCultures && s.Reasons.Any(r => r.Contains("fermented", StringComparison.Ordinal)));
    }

    [Fact]
    public void In_pregnancy_kombucha_brie_and_swordfish_are_never_suggested()
    {
        var suggestions = Suggest(TestStages.PregnantTrimester2, DietPreferences.None);

        Assert.DoesNotContain(suggestions, s => s.Food.PregnancyRisks != PregnancyRisks.None);
    }

    [Fact]
    public void A_vegan_is_never_offered_kefir()
    {
        var vegan = new DietPreferences(DietPattern.Vegan, DietTags.None, Allergens.None, new HashSet<int>());

        var suggestions = Suggest(TestStages.PregnantTrimester2, vegan, TestFoods.LentilsCooked.Eat(400, Today));

        Assert.All(suggestions, s => Assert.True(s.Food.DietTags.HasFlag(DietTags.Vegan), s.Food.Name));
    }

    [Fact]
    public void Picks_complement_each_other_rather_than_repeat_one_gap()
    {
        var suggestions = Suggest(TestStages.PregnantTrimester2, DietPreferences.None);

        var species = suggestions.SelectMany(s => s.Food.PlantSpecies).ToList();
        Assert.Equal(species.Count, species.Distinct().Count());
    }

    [Property(MaxTest = 60)]
    public Property Suggestions_never_break_a_preference_nor_raise_a_warning()
    {
        var stages = Gen.Elements(TestStages.PregnantTrimester2, TestStages.Breastfeeding, TestStages.Planning);
        var patterns = Gen.Elements(Enum.GetValues<DietPattern>());
        var tags = Gen.Elements(DietTags.None, DietTags.DairyFree, DietTags.GlutenFree, DietTags.LowFodmap, DietTags.DairyFree | DietTags.GlutenFree);
        var allergens = Gen.Elements(Allergens.None, Allergens.Milk, Allergens.Soy, Allergens.Milk | Allergens.Wheat);
        var eatenGen = Gen.Elements(Catalog.ToArray())
            .SelectMany(f => Gen.Choose(0, 600).Select(g => f.Eat(g, Today)))
            .ArrayOf()
            .Where(a => a.Length <= 6);
        var cases = from stage in stages
                    from pattern in patterns
                    from tag in tags
                    from allergen in allergens
                    from eaten in eatenGen
                    select (stage, new DietPreferences(pattern, tag, allergen, new HashSet<int> { 1 }), eaten);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (stage, preferences, eaten) = c;
            var targets = DefaultTargets.For(stage);
            var before = DayScorer.Score(Today, eaten, targets, stage);
            var suggestions = GapCloser.Suggest(Today, eaten, Catalog, targets, stage, preferences);
            var after = DayScorer.Score(Today, eaten.Concat(suggestions.Select(s => s.Food.Eat(s.Grams, Today))), targets, stage);
            return suggestions.All(s => preferences.Allows(s.Food) && !SafetyRules.RaisesWarning(s.Food, stage))
                && after.Warnings.Count <= before.Warnings.Count
                && after.Overall >= before.Overall;
        });
    }
}
