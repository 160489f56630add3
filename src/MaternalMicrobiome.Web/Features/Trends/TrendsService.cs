using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Common;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Trends;

/// <summary>The signed-in mother's (or a linked client's, audited) daily scores over the last weeks, for the trend charts.</summary>
public sealed class TrendsService(IDbContextFactory<AppDbContext> dbFactory, ClientAccess clientAccess)
{
    public async Task<IReadOnlyList<TrendPoint>> GetAsync(DateOnly endDate, int weeks, string? clientId = null, CancellationToken cancellationToken = default)
    {
        var days = Math.Clamp(weeks, 1, 52) * 7;
        var userId = await clientAccess.RequireReadAsync(clientId, $"trends {days / 7} weeks to {Format.IsoDate(endDate)}", cancellationToken);
        var firstDay = endDate.AddDays(1 - days);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, userId, cancellationToken);
        var entries = await MotherEntries.BetweenAsync(db, userId, firstDay.AddDays(1 - DayScorer.PlantWindowDays), endDate, cancellationToken);

        // Each day is scored with only its own 7-day window and the targets in force that day, so the work stays linear
        // in the number of days; a chart needs the numbers only, not the lists of contributing foods.
        var byDate = entries.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)).ToLookup(f => f.Date);
        return Enumerable.Range(0, days).Select(offset =>
        {
            var date = firstDay.AddDays(offset);
            var window = Enumerable.Range(0, DayScorer.PlantWindowDays).SelectMany(back => byDate[date.AddDays(-back)]);
            var targetSet = targets.For(date);
            var score = DayScorer.ScoreNumbers(date, window, targetSet, targets.StageOn(date));
            double? Measured(Metric metric) => score.HasEntries ? score.For(metric)?.Actual ?? 0 : null;
            double Target(Metric metric) => targetSet.For(metric)?.Value ?? 0;
            return new TrendPoint(
                date,
                score.HasEntries,
                Measured(Metric.Fiber),
                Measured(Metric.FermentedServings),
                Measured(Metric.PlantsPerWeek),
                score.HasEntries ? score.Overall : null,
                Measured(Metric.BeverageWater),
                Target(Metric.Fiber),
                Target(Metric.FermentedServings),
                Target(Metric.PlantsPerWeek),
                Target(Metric.BeverageWater));
        }).ToList();
    }
}
