using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>A day is scored with the targets in force on it: exactly the changes saved on or before its end.</summary>
public sealed class TargetHistoryProperties
{
    private static readonly TimeZoneInfo[] Zones =
        [TimeZoneInfo.Utc, TimeZoneInfo.CreateCustomTimeZone("UTC+10", TimeSpan.FromHours(10), "UTC+10", "UTC+10"), TimeZoneInfo.CreateCustomTimeZone("UTC-7", TimeSpan.FromHours(-7), "UTC-7", "UTC-7")];

    private static readonly Gen<double?> Numbers = Gen.OneOf(Gen.Choose(0, 4000).Select(n => (double?)(n / 10.0)), Gen.Constant((double?)null));

    /// <summary>Changes within two days either side of the day's end, many exactly at it or one tick after.</summary>
    private static Gen<TargetHistoryEntry> Changes(DateTimeOffset endOfDay) =>
        from at in Gen.Frequency(
            (4, Gen.Choose(-2 * 24 * 60, 2 * 24 * 60).Select(minutes => endOfDay.AddMinutes(minutes))),
            (1, Gen.Elements(endOfDay, endOfDay.AddTicks(1), endOfDay.AddTicks(-1))))
        from metric in Gen.Elements(Enum.GetValues<Metric>())
        from value in Numbers
        from weight in Numbers.Select(w => w / 100)
        select new TargetHistoryEntry(at, metric, value, weight);

    private static readonly Gen<(ScoringCase Day, TimeZoneInfo Zone, TargetHistoryEntry[] History)> Cases =
        from day in ScoringGenerators.CasesAt(ScoringGenerators.Stages)
        from zone in Gen.Elements(Zones)
        from history in Gen.ArrayOf(Changes(TargetHistory.EndOfDay(day.Day, zone)))
        select (day, zone, history);

    [Property]
    public Property Scoring_a_day_uses_exactly_the_overrides_changed_on_or_before_the_end_of_that_day() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var endOfDay = TargetHistory.EndOfDay(c.Day.Day, c.Zone);

            // Applied by hand: the changes at or before the end, in time order, each replacing its metric's override.
            var inForce = c.History.Where(e => e.At <= endOfDay).OrderBy(e => e.At).ToList();
            var expected = DefaultTargets.For(c.Day.Stage)
                .WithOverrides(inForce.Select(e => new TargetOverride(e.Metric, e.Value, e.Weight)), c.Day.Stage);

            var targets = TargetHistory.TargetsAt(c.History, c.Day.Stage, endOfDay);
            var scored = DayScorer.ScoreNumbers(c.Day.Day, c.Day.Foods, targets, c.Day.Stage);
            var byHand = DayScorer.ScoreNumbers(c.Day.Day, c.Day.Foods, expected, c.Day.Stage);
            return targets.Targets.Select(Scored).SequenceEqual(expected.Targets.Select(Scored))
                && scored.Overall == byHand.Overall
                && scored.Targets.Select(t => (t.Metric, t.Target, t.Met)).SequenceEqual(byHand.Targets.Select(t => (t.Metric, t.Target, t.Met)));
        });

    [Property]
    public Property A_change_saved_after_the_day_ends_never_changes_its_targets() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var endOfDay = TargetHistory.EndOfDay(c.Day.Day, c.Zone);
            var before = c.History.Where(e => e.At <= endOfDay).ToList();
            var all = TargetHistory.TargetsAt(c.History, c.Day.Stage, endOfDay);
            var onlyBefore = TargetHistory.TargetsAt(before, c.Day.Stage, endOfDay);
            return all.Targets.Select(Scored).SequenceEqual(onlyBefore.Targets.Select(Scored));
        });

    // A definition carries lists of references: compare what scoring uses.
    private static (Metric, double, double, TargetDirection) Scored(TargetDefinition target) => (target.Metric, target.Value, target.Weight, target.Direction);
}
