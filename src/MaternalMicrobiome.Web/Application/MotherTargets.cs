using System.Collections.Concurrent;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// A mother's profile and her nutritionist's client-specific targets: what scoring any of her days needs. Every page
/// that scores a day (her own or a client's, logged or planned) goes through here, so all agree on the numbers. A day
/// is scored with the targets in force on it (<see cref="TargetHistory"/>): today's overrides for today, the ones saved
/// by then for a past day.
/// </summary>
public sealed class MotherTargets
{
    // Days with the same stage and the same changes in force share one target set: a year of days builds a handful.
    private readonly ConcurrentDictionary<(LifeStage Stage, int InForce), TargetSet> sets = new();
    private readonly TimeZoneInfo zone;

    /// <param name="overrides">Her overrides now.</param>
    /// <param name="history">Her saved changes with their values, oldest first.</param>
    public MotherTargets(MotherProfile profile, IReadOnlyList<TargetOverride> overrides, IReadOnlyList<TargetHistoryEntry> history)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(history);
        Profile = profile;
        Overrides = overrides;
        History = TargetHistory.WithEarlierSettings(history, overrides);
        zone = profile.TimeZoneId is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Local;
    }

    public MotherProfile Profile { get; }

    /// <summary>Her overrides in force now (what the targets page edits).</summary>
    public IReadOnlyList<TargetOverride> Overrides { get; }

    /// <summary>Every change that sets what a day is scored with, including settings older than the recorded history.</summary>
    public IReadOnlyList<TargetHistoryEntry> History { get; }

    public LifeStage StageOn(DateOnly date) => Profile.StageOn(date);

    /// <summary>The targets in force on <paramref name="date"/> (her time zone's end of that day).</summary>
    public TargetSet For(DateOnly date)
    {
        var stage = Profile.StageOn(date);
        var endOfDay = TargetHistory.EndOfDay(date, zone);
        return sets.GetOrAdd((stage, TargetHistory.CountInForce(History, endOfDay)), key => TargetHistory.TargetsAt(History, key.Stage, endOfDay));
    }

    /// <summary>Her profile (a planning-pregnancy default before she saves one), her overrides and their history.</summary>
    public static async Task<MotherTargets> LoadAsync(AppDbContext db, string motherId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profile = await db.MotherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == motherId, cancellationToken)
            ?? new MotherProfile { UserId = motherId, StageKind = LifeStageKind.PlanningPregnancy };
        var overrides = await db.ClientTargets.AsNoTracking()
            .Where(t => t.MotherId == motherId)
            .Select(t => new TargetOverride(t.Metric, t.Value, t.Weight))
            .ToListAsync(cancellationToken);

        // Ids grow with time (SQLite cannot order by a DateTimeOffset column); rows saved without values are skipped.
        var history = await db.ClientTargetChanges.AsNoTracking()
            .Where(c => c.MotherId == motherId && c.Metric != null)
            .OrderBy(c => c.Id)
            .Select(c => new TargetHistoryEntry(c.At, c.Metric!.Value, c.Value, c.Weight))
            .ToListAsync(cancellationToken);
        return new MotherTargets(profile, overrides, history);
    }
}
