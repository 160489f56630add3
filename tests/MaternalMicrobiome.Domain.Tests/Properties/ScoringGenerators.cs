using FsCheck;
using FsCheck.Fluent;

using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>Generators of days built from <see cref="TestFoods"/>: random grams 0–1,000 and dates within a 10-day range.</summary>
public static class ScoringGenerators
{
    public static DateOnly Day => TestStages.Today;

    /// <summary>0 to 1,000 g in steps of 0.01 g.</summary>
    public static Gen<double> Grams { get; } = Gen.Choose(0, 100_000).Select(hundredths => hundredths / 100.0);

    /// <summary>1 to 1,000 g, for a food added to a day that must actually be eaten.</summary>
    public static Gen<double> PositiveGrams { get; } = Gen.Choose(100, 100_000).Select(hundredths => hundredths / 100.0);

    /// <summary>
    /// The ten dates from 8 days before <see cref="Day"/> to the day after it: the 7-day window, one day before it and one
    /// after it. Half the foods land on the day itself so that the daily targets have something to score.
    /// </summary>
    public static Gen<DateOnly> Dates { get; } = Gen.Frequency(
        (1, Gen.Constant(Day)),
        (1, Gen.Choose(-8, 1).Select(offset => Day.AddDays(offset))));

    public static Gen<LifeStage> PregnantStages { get; } =
        Gen.Choose(0, 42).Select(week => LifeStage.Pregnant(TestStages.DueDateForWeek(week, Day), Day));

    public static Gen<LifeStage> Stages { get; } = Gen.OneOf(
        PregnantStages,
        Gen.Elements(
            TestStages.Breastfeeding,
            LifeStage.Breastfeeding(Day.AddDays(-200), FeedingMode.Partial, Day),
            LifeStage.PlanningPregnancy,
            LifeStage.PostpartumNotBreastfeeding));

    public static Gen<ConsumedFood> Entry(IReadOnlyList<Food> foods, Gen<double> grams, Gen<DateOnly> dates) =>
        from food in Gen.Elements(foods.ToArray())
        from amount in grams
        from date in dates
        select new ConsumedFood(food, amount, date);

    public static Gen<ConsumedFood> Entries { get; } = Entry(TestFoods.All, Grams, Dates);

    public static Gen<ScoringCase> CasesAt(Gen<LifeStage> stages) =>
        from stage in stages
        from foods in Gen.ListOf(Entries)
        select new ScoringCase(Day, stage, foods);

    public static Gen<ScoringCase> Cases { get; } = CasesAt(Stages);

    /// <summary>Shrinks a case by dropping one food at a time, so that a failure is reported on a short day.</summary>
    public static IEnumerable<ScoringCase> Shrink(ScoringCase scoringCase)
    {
        ArgumentNullException.ThrowIfNull(scoringCase);
        for (var i = 0; i < scoringCase.Foods.Count; i++)
        {
            var index = i;
            yield return scoringCase with { Foods = scoringCase.Foods.Where((_, j) => j != index).ToList() };
        }
    }
}
