using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>
/// Properties of <see cref="DayScorer"/> over generated days built from <see cref="TestFoods"/>
/// (random grams 0–1,000, random dates within a 10-day range, every life stage).
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)])]
public sealed class ScoringProperties
{
    private const double Tolerance = 1e-9;

    private static DateOnly Day => ScoringGenerators.Day;

    [Property]
    public bool Every_fraction_is_between_0_and_1(ScoringCase day) =>
        day.Score().Targets.All(t => t.Fraction is >= 0 and <= 1);

    [Property]
    public bool Scoring_numbers_only_gives_exactly_the_numbers_of_the_full_score(ScoringCase day)
    {
        var full = day.Score();
        var numbers = DayScorer.ScoreNumbers(day.Day, day.Foods, DefaultTargets.For(day.Stage), day.Stage);
        return numbers.Overall == full.Overall
            && numbers.Synergy == full.Synergy
            && numbers.Warnings.Count == full.Warnings.Count
            && numbers.Targets.Zip(full.Targets).All(p => p.First.Actual.Equals(p.Second.Actual) && p.First.Met == p.Second.Met && p.First.Contributions.Count == 0);
    }

    [Property]
    public Property The_scorer_gives_exactly_the_score_of_the_plain_LINQ_statement_of_the_rules()
    {
        // Recipes of 0–4 test foods (an ingredient may weigh 0 g) mixed into the day, so expansion is covered too.
        var recipes = Gen.ListOf(ScoringGenerators.Entry(TestFoods.All, ScoringGenerators.Grams, Gen.Constant(Day)))
            .Select(ingredients => new Food
            {
                Key = "recipe",
                Name = "Recipe",
                FoodGroup = "Recipes",
                Ingredients = ingredients.Take(4).Select(i => new RecipeIngredient { Food = i.Food, Grams = i.Grams }).ToList(),
            });
        var cases =
            from day in ScoringGenerators.Cases
            from recipe in recipes
            from grams in ScoringGenerators.Grams
            from date in ScoringGenerators.Dates
            select day with { Foods = day.Foods.Append(new ConsumedFood(recipe, grams, date)).ToList() };

        return Prop.ForAll(Arb.From(cases), day =>
        {
            var targets = DefaultTargets.For(day.Stage);
            var expected = ReferenceDayScorer.Score(day.Day, day.Foods, targets, day.Stage);
            var actual = DayScorer.Score(day.Day, day.Foods, targets, day.Stage);
            return (actual.Overall == expected.Overall && actual.Synergy == expected.Synergy && actual.HasEntries == expected.HasEntries)
                .Label($"overall {actual.Overall} vs {expected.Overall}, synergy {actual.Synergy} vs {expected.Synergy}")
                .And(actual.Targets.Zip(expected.Targets).All(p =>
                    p.First.Metric == p.Second.Metric
                    && p.First.Actual.Equals(p.Second.Actual)
                    && p.First.Fraction.Equals(p.Second.Fraction)
                    && p.First.Met == p.Second.Met
                    && p.First.Contributions.SequenceEqual(p.Second.Contributions)))
                .Label("every target's actual, fraction, met and contributions identical")
                .And(WarningKeys(actual).SequenceEqual(WarningKeys(expected))
                    && actual.Warnings.Zip(expected.Warnings).All(w => w.First.FoodNames.SequenceEqual(w.Second.FoodNames)))
                .Label("the same warnings naming the same foods");
        });
    }

    [Property]
    public bool The_overall_score_is_between_0_and_100(ScoringCase day) => day.Score().Overall is >= 0 and <= 100;

    [Property]
    public Property Shuffling_the_entries_does_not_change_the_score()
    {
        var shuffled =
            from day in ScoringGenerators.Cases
            from order in Gen.Shuffle(day.Foods.ToArray())
            select (Day: day, Shuffled: (IReadOnlyList<ConsumedFood>)order);

        return Prop.ForAll(Arb.From(shuffled), pair =>
        {
            var original = pair.Day.Score();
            var reordered = pair.Day.ScoreWith(pair.Shuffled);

            return (original.Overall == reordered.Overall)
                .Label($"overall {original.Overall} vs {reordered.Overall}")
                .And(original.Targets.Zip(reordered.Targets).All(t => t.First.Metric == t.Second.Metric && Math.Abs(t.First.Actual - t.Second.Actual) <= Tolerance))
                .Label("every actual value within 1e-9")
                .And(WarningKeys(original).SequenceEqual(WarningKeys(reordered)))
                .Label("the same warnings in the same order");
        });
    }

    [Property]
    public Property A_second_portion_of_a_plant_already_eaten_that_day_never_increases_plants_per_day()
    {
        // The second portion is the same food or another food of the same species (red onion after onion).
        var cases =
            from day in ScoringGenerators.Cases
            from first in Gen.Elements(TestFoods.Plants.ToArray())
            from second in Gen.Elements(TestFoods.Plants.Where(p => p.PlantSpecies.All(first.PlantSpecies.Contains)).ToArray())
            from firstGrams in ScoringGenerators.PositiveGrams
            from secondGrams in ScoringGenerators.Grams
            select (Day: day, First: new ConsumedFood(first, firstGrams, Day), Second: new ConsumedFood(second, secondGrams, Day));

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var before = c.Day.ScoreWith(c.Day.With(c.First)).Result(Metric.PlantsPerDay).Actual;
            var after = c.Day.ScoreWith(c.Day.With(c.First, c.Second)).Result(Metric.PlantsPerDay).Actual;
            return (after <= before).Label($"plants per day {before} -> {after} after {c.Second.Food.Name}");
        });
    }

    [Property]
    public Property Adding_a_food_with_fiber_never_lowers_the_fiber_fraction()
    {
        var cases =
            from day in ScoringGenerators.Cases
            from food in ScoringGenerators.Entry(
                TestFoods.All.Where(f => f.FiberG > 0).ToList(),
                ScoringGenerators.PositiveGrams,
                Gen.Constant(ScoringGenerators.Day))
            select (Day: day, Added: food);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var before = c.Day.Score().Result(Metric.Fiber);
            var after = c.Day.ScoreWith(c.Day.With(c.Added)).Result(Metric.Fiber);
            return (after.Fraction >= before.Fraction && after.Actual > before.Actual)
                .Label($"fiber {before.Actual} ({before.Fraction}) -> {after.Actual} ({after.Fraction})");
        });
    }

    [Property]
    public Property Adding_any_food_never_removes_a_warning_already_raised()
    {
        var cases =
            from day in ScoringGenerators.Cases
            from food in ScoringGenerators.Entries
            select (Day: day, Added: food);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var before = c.Day.Score().Warnings;
            var after = c.Day.ScoreWith(c.Day.With(c.Added)).Warnings;

            // Every warning stays, and every food named in it is still named.
            return before
                .All(warning => after.Any(w => w.Kind == warning.Kind && warning.FoodNames.All(w.FoodNames.Contains)))
                .Label($"before [{string.Join("; ", WarningKeys(before))}], after [{string.Join("; ", WarningKeys(after))}]");
        });
    }

    [Property]
    public Property In_pregnancy_a_food_with_an_alcohol_risk_never_increases_fermented_servings()
    {
        var alcoholFoods = TestFoods.All.Where(f => f.PregnancyRisks.HasFlag(PregnancyRisks.Alcohol)).ToList();
        var cases =
            from day in ScoringGenerators.CasesAt(ScoringGenerators.PregnantStages)
            from food in ScoringGenerators.Entry(alcoholFoods, ScoringGenerators.Grams, ScoringGenerators.Dates)
            select (Day: day, Added: food);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var before = c.Day.Score().Result(Metric.FermentedServings).Actual;
            var after = c.Day.ScoreWith(c.Day.With(c.Added)).Result(Metric.FermentedServings).Actual;
            return (after <= before).Label($"fermented servings {before} -> {after} after {c.Added.Food.Name}");
        });
    }

    [Property]
    public bool Plants_this_week_are_never_fewer_than_plants_today(ScoringCase day)
    {
        var score = day.Score();
        return score.Result(Metric.PlantsPerWeek).Actual >= score.Result(Metric.PlantsPerDay).Actual;
    }

    [Property]
    public bool A_day_with_nothing_eaten_on_it_scores_0(ScoringCase day)
    {
        var score = day.Score();
        return score.HasEntries == day.Foods.Any(f => f.Date == Day && f.Grams > 0)
            && (score.HasEntries || score.Overall == 0);
    }

    private static IEnumerable<string> WarningKeys(IEnumerable<Domain.Safety.SafetyWarning> warnings) =>
        warnings.Select(w => $"{w.Kind}: {string.Join(", ", w.FoodNames)} [{string.Join(", ", w.ReferenceKeys)}]");

    private static IEnumerable<string> WarningKeys(DayScore score) => WarningKeys(score.Warnings);
}
