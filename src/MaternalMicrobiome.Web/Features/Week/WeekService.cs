using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Common;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Week;

/// <summary>
/// The signed-in mother's rolling week (or a linked client's, audited): plants towards 30, daily scores and streaks, and
/// the prenatal nutrients of each day with their weekly averages.
/// </summary>
public sealed class WeekService(IDbContextFactory<AppDbContext> dbFactory, ClientAccess clientAccess)
{
    public async Task<WeekSummary> GetWeekAsync(DateOnly endDate, string? clientId = null, CancellationToken cancellationToken = default)
    {
        var what = $"week {Format.IsoDate(endDate.AddDays(1 - DayScorer.PlantWindowDays))} to {Format.IsoDate(endDate)}";
        var userId = await clientAccess.RequireReadAsync(clientId, what, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, userId, cancellationToken);

        // Streaks look back up to 90 days; each of those days needs its own 7-day plant window.
        var firstDay = endDate.AddDays(-WeekScorer.MaxStreakDays - DayScorer.PlantWindowDays);
        var entries = await MotherEntries.BetweenAsync(db, userId, firstDay, endDate, cancellationToken);

        return WeekScorer.Summarize(
            endDate,
            entries.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)),
            targets.For,
            targets.StageOn);
    }

    /// <summary>
    /// The prenatal nutrients of the 7 days ending <paramref name="endDate"/>: each day against her stage that day, and the
    /// averages over the logged days against her stage on <paramref name="endDate"/>. Read like the week: her own, or a
    /// linked client's (audited).
    /// </summary>
    public async Task<PrenatalWeek> GetPrenatalNutrientsAsync(DateOnly endDate, string? clientId = null, CancellationToken cancellationToken = default)
    {
        var firstDay = endDate.AddDays(1 - DayScorer.PlantWindowDays);
        var userId = await clientAccess.RequireReadAsync(clientId, $"prenatal nutrients {Format.IsoDate(firstDay)} to {Format.IsoDate(endDate)}", cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, userId, cancellationToken);
        var entries = await MotherEntries.BetweenAsync(db, userId, firstDay, endDate, cancellationToken);

        return PrenatalWeek.Evaluate(
            firstDay,
            entries.Where(e => e.Food is not null).Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)),
            targets.StageOn,
            targets.StageOn(endDate));
    }
}
