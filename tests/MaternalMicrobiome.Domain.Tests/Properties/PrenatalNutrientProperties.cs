using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>
/// Properties of <see cref="PrenatalNutrientEvaluator"/> over generated days: 0–8 foods of 0–1,000 g whose per-100 g
/// values are each unknown (about one in four) or 0–500, on every life stage.
/// </summary>
public sealed class PrenatalNutrientProperties
{
    private const double Tolerance = 1e-9;

    private static readonly Gen<double> Grams = Gen.Choose(0, 100_000).Select(hundredths => hundredths / 100.0);

    private static readonly Gen<double?> Value = Gen.Frequency(
        (1, Gen.Constant<double?>(null)),
        (3, Gen.Choose(0, 50_000).Select(hundredths => (double?)(hundredths / 100.0))));

    private static readonly Gen<double> KnownValue = Gen.Choose(0, 50_000).Select(hundredths => hundredths / 100.0);

    private static readonly Gen<LifeStage> Stages = Gen.Elements(
        TestStages.PregnantTrimester2, TestStages.Breastfeeding, TestStages.Planning, TestStages.Postpartum);

    private static Gen<PrenatalNutrientValues> Values(Gen<double?> value) =>
        Gen.ArrayOf(value, PrenatalNutrients.All.Count).Select(values =>
            PrenatalNutrients.All.Zip(values).Aggregate(PrenatalNutrientValues.Unknown, (food, pair) => food.With(pair.First, pair.Second)));

    private static Gen<EatenFood> Foods(Gen<double?> value) =>
        from grams in Grams
        from values in Values(value)
        select new EatenFood(grams, values);

    private static Gen<List<EatenFood>> Day(Gen<double?> value) =>
        Gen.Choose(0, 8).SelectMany(count => Gen.ListOf(Foods(value), count)).Select(foods => foods.ToList());

    [Property]
    public Property Adding_a_food_never_lowers_a_known_total_nor_undoes_met()
    {
        var cases = from day in Day(Value) from extra in Foods(Value) from stage in Stages select (day, extra, stage);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var before = PrenatalNutrientEvaluator.EvaluateDay(c.day, c.stage);
            var after = PrenatalNutrientEvaluator.EvaluateDay([.. c.day, c.extra], c.stage);
            return before.Zip(after).All(p =>
                p.Second.KnownTotal >= p.First.KnownTotal - Tolerance
                && (p.First.Status != NutrientStatus.Met || p.Second.Status == NutrientStatus.Met));
        });
    }

    [Property]
    public Property Unknown_values_never_make_a_nutrient_met()
    {
        // Forgetting values (making some known values unknown) can only keep or lower the status, never raise it to met.
        var cases =
            from day in Day(Value)
            from forget in Gen.ArrayOf(Gen.Elements(true, false), day.Count * PrenatalNutrients.All.Count)
            from stage in Stages
            select (day, forget, stage);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var forgotten = c.day.Select((food, i) => food with
            {
                PerHundredGrams = PrenatalNutrients.All.Select((n, j) => (n, j)).Aggregate(food.PerHundredGrams,
                    (values, p) => c.forget[(i * PrenatalNutrients.All.Count) + p.j] ? values.With(p.n, null) : values),
            }).ToList();
            var known = PrenatalNutrientEvaluator.EvaluateDay(c.day, c.stage);
            var partly = PrenatalNutrientEvaluator.EvaluateDay(forgotten, c.stage);
            return partly.Zip(known).All(p =>
                (p.First.Status != NutrientStatus.Met || p.Second.Status == NutrientStatus.Met)
                && (p.First.Status != NutrientStatus.Met || p.First.KnownTotal >= p.First.Reference.Amount));
        });
    }

    [Property]
    public Property A_day_of_only_unknown_values_is_unknown_for_every_nutrient()
    {
        var cases = from day in Day(Gen.Constant<double?>(null)) from stage in Stages select (day, stage);
        return Prop.ForAll(Arb.From(cases), c =>
            PrenatalNutrientEvaluator.EvaluateDay(c.day, c.stage).All(r =>
                r.Status == NutrientStatus.Unknown && r.KnownTotal == 0 && r.FoodsWithoutValue == c.day.Count));
    }

    [Property]
    public Property A_day_with_all_values_known_is_the_plain_sum()
    {
        var cases = from day in Day(KnownValue.Select(v => (double?)v)) from stage in Stages select (day, stage);
        return Prop.ForAll(Arb.From(cases), c => PrenatalNutrientEvaluator.EvaluateDay(c.day, c.stage).All(r =>
        {
            var sum = c.day.Sum(f => f.PerHundredGrams[r.Nutrient]!.Value * f.Grams / 100.0);
            var expected = c.day.Count == 0 ? NutrientStatus.Unknown
                : sum >= r.Reference.Amount ? NutrientStatus.Met : NutrientStatus.Below;
            return Math.Abs(r.KnownTotal - sum) <= Tolerance && r.FoodsWithoutValue == 0 && !r.IsAtLeast && r.Status == expected;
        }));
    }

    [Property]
    public Property Weekly_averages_ignore_unlogged_days()
    {
        var start = new DateOnly(2025, 6, 9);
        var cases =
            from days in Gen.ArrayOf(Day(Value), 7)
            from stage in Stages
            select (days: days.Select((foods, i) => new PrenatalDay(start.AddDays(i), foods)).ToList(), stage);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var logged = c.days.Where(d => d.Foods.Count > 0).ToList();
            var all = PrenatalNutrientEvaluator.WeekAverages(c.days, c.stage);
            var onlyLogged = PrenatalNutrientEvaluator.WeekAverages(logged, c.stage);
            return all.Zip(onlyLogged).All(p =>
            {
                var expected = logged.Select(d => PrenatalNutrientEvaluator.EvaluateDay(d.Foods, p.First.Reference)).ToList();
                var anyKnown = expected.Any(r => r.Status != NutrientStatus.Unknown);
                return p.First == p.Second
                    && p.First.LoggedDays == logged.Count
                    && (anyKnown
                        ? Math.Abs(p.First.AverageKnownTotal!.Value - (expected.Sum(r => r.KnownTotal) / logged.Count)) <= Tolerance
                        : p.First.AverageKnownTotal is null && p.First.Status == NutrientStatus.Unknown);
            });
        });
    }
}
