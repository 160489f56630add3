using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Scoring;

public sealed class TargetHistoryTests
{
    private static readonly LifeStage Pregnant = TestStages.PregnantTrimester2;
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void A_day_before_a_change_keeps_the_old_target_and_the_day_of_the_change_gets_the_new_one()
    {
        // Fiber 35 g set on 8 June at 09:00 UTC, raised to 40 g on 10 June at 21:30 UTC (23:30 in Paris, still the 10th).
        TargetHistoryEntry[] history =
        [
            new(new DateTimeOffset(2025, 6, 8, 9, 0, 0, TimeSpan.Zero), Metric.Fiber, 35, null),
            new(new DateTimeOffset(2025, 6, 10, 21, 30, 0, TimeSpan.Zero), Metric.Fiber, 40, 3),
        ];

        double FiberOn(int day) => TargetHistory.TargetsAt(history, Pregnant, TargetHistory.EndOfDay(new DateOnly(2025, 6, day), Paris)).For(Metric.Fiber)!.Value;

        Assert.Equal(28, FiberOn(7));
        Assert.Equal(35, FiberOn(8));
        Assert.Equal(35, FiberOn(9));
        Assert.Equal(40, FiberOn(10));
    }

    [Fact]
    public void A_reset_to_default_ends_the_override()
    {
        var start = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        TargetHistoryEntry[] history =
        [
            new(start, Metric.Fiber, 35, 4),
            new(start.AddDays(2), Metric.Fiber, null, null),
        ];

        var during = TargetHistory.TargetsAt(history, Pregnant, start.AddDays(1));
        var after = TargetHistory.TargetsAt(history, Pregnant, start.AddDays(3));

        Assert.Equal(35, during.For(Metric.Fiber)!.Value);
        Assert.Equal(28, after.For(Metric.Fiber)!.Value);
        Assert.Empty(TargetHistory.OverridesAt(history, start.AddDays(3)));
    }

    [Fact]
    public void An_override_saved_before_values_were_recorded_counts_as_in_force_since_always()
    {
        var history = TargetHistory.WithEarlierSettings(
            [new TargetHistoryEntry(new DateTimeOffset(2025, 6, 5, 0, 0, 0, TimeSpan.Zero), Metric.Caffeine, 150, null)],
            [new TargetOverride(Metric.Fiber, 32, null), new TargetOverride(Metric.Caffeine, 150, null)]);

        var longAgo = TargetHistory.TargetsAt(history, Pregnant, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(32, longAgo.For(Metric.Fiber)!.Value);
        Assert.Equal(200, longAgo.For(Metric.Caffeine)!.Value);
    }

    [Fact]
    public void The_end_of_a_day_is_its_last_instant_in_her_time_zone_and_the_calendar_ends_do_not_throw()
    {
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 21, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), TargetHistory.EndOfDay(new DateOnly(2025, 6, 10), Paris).ToUniversalTime());
        Assert.Equal(DateTimeOffset.MaxValue, TargetHistory.EndOfDay(DateOnly.MaxValue, Paris));
        Assert.Equal(DateTimeOffset.MinValue, TargetHistory.EndOfDay(DateOnly.MinValue, Paris));
    }
}
