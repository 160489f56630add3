using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>
/// The nutritionist's roster: every consenting client with her last 7 days at a glance. A practice may hold 300
/// clients, so everything is loaded for all of them at once in a fixed number of queries (links and names, profiles,
/// target overrides, the entries of the last 15 days with their foods, unread comments) and scored in memory; the number
/// of queries does not grow with the number of clients. Showing the roster is reading each client's data, so each
/// client shown gets an audit entry, all written by one INSERT.
/// </summary>
public sealed class RosterService(IDbContextFactory<AppDbContext> dbFactory, SharedFoodCache sharedFoods, CurrentUser currentUser, AuditLog audit, TimeProvider clock)
{
    /// <summary>The days the roster looks back over.</summary>
    public const int Days = 7;

    /// <summary>The audit entry's "what" for a roster view.</summary>
    public const string AuditWhat = "roster";

    public async Task<IReadOnlyList<RosterRow>> GetAsync(CancellationToken cancellationToken = default)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);

        // Each client's "today" is in her own time zone, at most a day either side of the server's.
        var serverToday = LocalDate.Today(clock, null);
        var lastDay = serverToday.AddDays(1);
        var firstDay = serverToday.AddDays(-1 - (Days - 1) - (DayScorer.PlantWindowDays - 1));

        IQueryable<ClientLink> Links(AppDbContext context) => context.ClientLinks
            .Where(l => l.NutritionistId == nutritionistId && l.MotherId != null && l.ConsentedAt != null && l.EndedAt == null);

        // The entries (about 34,000 rows for 300 clients) are the big read: they and their foods are read on a context of
        // their own, on another thread, while this one reads the clients. Rows carry the link's id and the day number,
        // so reading them allocates no strings; the read is synchronous because SQLite's async API only adds overhead.
        var eatenTask = Task.Run(async () =>
        {
            await using var context = await dbFactory.CreateDbContextAsync(cancellationToken);
            var entries = (
                    from l in Links(context)
                    join e in context.MealEntries on l.MotherId equals e.UserId
                    where e.Date >= firstDay && e.Date <= lastDay
                    select new RosterEntry(l.Id, e.Date.DayNumber, e.FoodId, e.Grams))
                .ToList();

            // Foods are looked up once each, however many clients ate them; the shared catalog's come from memory.
            var foods = await sharedFoods.GetAsync(context, entries.Select(e => e.FoodId), cancellationToken);
            return entries.ToLookup(e => e.LinkId, e => new ConsumedFood(foods[e.FoodId], e.Grams, DateOnly.FromDayNumber(e.DayNumber)));
        }, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var clients = await (
                from l in Links(db).AsNoTracking()
                join u in db.Users on l.MotherId equals u.Id
                select new
                {
                    LinkId = l.Id,
                    u.Id,
                    u.DisplayName,
                    u.CreatedAt,

                    // A correlated MAX on the (UserId, Date) index: one seek per client inside this one query.
                    LastLogged = db.MealEntries.Where(e => e.UserId == u.Id && e.Date <= lastDay).Max(e => (DateOnly?)e.Date),
                })
            .ToListAsync(cancellationToken);
        var myClientIds = Links(db).Select(l => l.MotherId!);
        var profiles = await db.MotherProfiles.AsNoTracking().Where(p => myClientIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, StringComparer.Ordinal, cancellationToken);

        // Her overrides now and her changes with their values, in one query (a UNION): each day is scored with the
        // targets in force on it. A row of the history has an id; an override now has none (0).
        var targetRows = await db.ClientTargets.AsNoTracking().Where(t => myClientIds.Contains(t.MotherId))
            .Select(t => new { t.MotherId, ChangeId = 0L, At = t.UpdatedAt, Metric = (Metric?)t.Metric, t.Value, t.Weight })
            .Concat(db.ClientTargetChanges.AsNoTracking()
                .Where(c => myClientIds.Contains(c.MotherId) && c.Metric != null)
                .Select(c => new { c.MotherId, ChangeId = c.Id, c.At, c.Metric, c.Value, c.Weight }))
            .Select(t => new RosterTargetRow(t.MotherId, t.ChangeId, t.At, t.Metric!.Value, t.Value, t.Weight))
            .ToListAsync(cancellationToken);
        var overrides = targetRows.Where(t => t.ChangeId == 0)
            .ToLookup(t => t.MotherId, t => new TargetOverride(t.Metric, t.Value, t.Weight), StringComparer.Ordinal);
        var history = targetRows.Where(t => t.ChangeId != 0).OrderBy(t => t.ChangeId)
            .ToLookup(t => t.MotherId, t => new TargetHistoryEntry(t.At, t.Metric, t.Value, t.Weight), StringComparer.Ordinal);

        // Her messages to this nutritionist that she has not read yet.
        var unread = await db.Comments.AsNoTracking()
            .Where(c => c.NutritionistId == nutritionistId && c.ReadAt == null && c.AuthorId == c.MotherId)
            .GroupBy(c => c.MotherId)
            .Select(g => new { MotherId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.MotherId, g => g.Count, StringComparer.Ordinal, cancellationToken);

        var eaten = await eatenTask;
        if (clients.Count == 0)
        {
            return [];
        }

        // Scoring is pure and most of the work (7 days x every client), so it runs on all cores; order is restored after.
        // A mother linked twice (which the services prevent) is shown once, with the entries read through her first link.
        var rows = clients
            .DistinctBy(c => c.Id, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(c =>
            {
                var profile = profiles.GetValueOrDefault(c.Id) ?? new MotherProfile { UserId = c.Id, StageKind = LifeStageKind.PlanningPregnancy };
                var targets = new MotherTargets(profile, overrides[c.Id].ToList(), history[c.Id].ToList());
                var joined = LocalDate.DateOf(c.CreatedAt, profile.TimeZoneId);
                return Summarize(c.Id, c.DisplayName, c.LastLogged, targets, LocalDate.Today(clock, profile.TimeZoneId), eaten[c.LinkId], unread.GetValueOrDefault(c.Id), joined);
            })
            .ToList();

        await audit.RecordReadsAsync(db, ClientAccess.ReadAction, "Client", AuditWhat, rows.Select(r => r.ClientId).ToList(), cancellationToken);
        return rows;
    }

    /// <summary>
    /// Scores her last <see cref="Days"/> days (each with its own 7-day plant window and the targets in force that day)
    /// and counts met targets and warnings. Adherence is out of the days since she joined (<paramref name="joined"/>, her
    /// account's creation, or an earlier day she logged afterwards), at least 1: a day before she could log is no miss.
    /// </summary>
    public static RosterRow Summarize(
        string clientId, string displayName, DateOnly? lastLogged, MotherTargets targets, DateOnly today, IEnumerable<ConsumedFood> foods, int unreadComments, DateOnly joined)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var byDate = foods.ToLookup(f => f.Date);
        var firstDay = today.AddDays(1 - Days);
        var firstLogged = byDate.Select(g => g.Key).Where(d => d >= firstDay && d <= today).DefaultIfEmpty(today).Min();
        var since = joined < firstLogged ? joined : firstLogged;
        var days = Math.Clamp(today.DayNumber - since.DayNumber + 1, 1, Days);
        var metDays = new Dictionary<Metric, int>();
        var warnings = 0;
        for (var back = 0; back < days; back++)
        {
            var date = today.AddDays(-back);
            var window = Enumerable.Range(0, DayScorer.PlantWindowDays).SelectMany(b => byDate[date.AddDays(-b)]);
            // Only met/not-met and warnings are shown: the numbers-only scoring skips building the lists of foods.
            var score = DayScorer.ScoreNumbers(date, window, targets.For(date), targets.StageOn(date));
            if (!score.HasEntries)
            {
                continue;
            }

            warnings += score.Warnings.Count;
            foreach (var result in score.Targets.Where(t => t.Met))
            {
                metDays[result.Metric] = metDays.GetValueOrDefault(result.Metric) + 1;
            }
        }

        var adherence = targets.For(today).Targets
            .Select(t => new TargetAdherence(t.Metric, t.Title, metDays.GetValueOrDefault(t.Metric), days))
            .ToList();
        var flaggedBefore = today.AddDays(-2);
        return new RosterRow(
            clientId,
            displayName,
            targets.StageOn(today).Describe(),
            lastLogged,
            adherence,
            warnings,
            unreadComments,
            lastLogged is null || lastLogged < flaggedBefore);
    }
}
