using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Planning;

/// <summary>Adherence is a share: it stays within 0 to 1, and logging one more planned food never lowers it.</summary>
public sealed class PlanAdherenceProperties
{
    private static readonly Gen<(int Day, bool Logged)[]> Entries =
        Gen.ArrayOf(from day in Gen.Choose(0, 6) from logged in Gen.Elements(true, false) select (day, logged));

    private static MealPlan Plan((int Day, bool Logged)[] entries) => new()
    {
        AuthorId = "a",
        MotherId = "m",
        Title = "Week",
        WeekStart = TestStages.Today,
        Entries = entries.Select((e, i) => new PlannedEntry
        {
            Id = i + 1, DayIndex = e.Day, Slot = MealSlot.Lunch, Food = TestFoods.Banana, Grams = 118, Unit = QuantityUnit.Grams, Amount = 118,
            LoggedEntryId = e.Logged ? i + 100 : null,
        }).ToList(),
    };

    private static PlanAdherence Adherence(MealPlan plan)
    {
        var planned = PlanScorer.ScoreDays(plan, _ => DefaultTargets.For(TestStages.Breastfeeding), _ => TestStages.Breastfeeding);
        return PlanAdherence.Compare(plan, planned, planned.Cast<DayScore?>().ToList());
    }

    [Property]
    public Property Adherence_is_within_0_and_1_for_the_week_and_every_day() =>
        Prop.ForAll(Arb.From(Entries), entries =>
        {
            var adherence = Adherence(Plan(entries));
            return adherence.Fraction is >= 0 and <= 1
                && adherence.Days.All(d => d.Fraction is null or (>= 0 and <= 1))
                && adherence.Logged <= adherence.Planned;
        });

    [Property]
    public Property Logging_one_more_planned_entry_never_lowers_adherence() =>
        Prop.ForAll(Arb.From(Entries), Arb.From(Gen.Choose(0, 1000)), (entries, pick) =>
        {
            var unlogged = entries.Select((e, i) => (e, i)).Where(x => !x.e.Logged).Select(x => x.i).ToList();
            if (unlogged.Count == 0)
            {
                return true;
            }

            var index = unlogged[pick % unlogged.Count];
            var after = entries.ToArray();
            after[index] = (after[index].Day, true);
            var (before, later) = (Adherence(Plan(entries)), Adherence(Plan(after)));
            return later.Fraction >= before.Fraction
                && later.Days.Zip(before.Days).All(p => (p.First.Fraction ?? 0) >= (p.Second.Fraction ?? 0));
        });
}
