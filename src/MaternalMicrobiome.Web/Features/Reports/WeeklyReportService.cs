using System.Globalization;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Week;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>
/// A client's weekly report for her nutritionist: the 7 days starting on a date, scored as her own pages score them.
/// Reading it is reading her data, so it goes through <see cref="ClientAccess"/> (404 unless linked with consent) and
/// is audited; the PDF and CSV downloads call the same method.
/// </summary>
public sealed class WeeklyReportService(
    IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, ClientAccess clientAccess, ReferenceCatalog referenceCatalog, TimeProvider clock)
{
    public const int WeekDays = 7;

    /// <summary>Without a chosen week the report shows the 7 days ending today.</summary>
    public DateOnly DefaultWeekStart() => LocalDate.Today(clock, null).AddDays(1 - WeekDays);

    public async Task<WeeklyReport> GetAsync(string clientId, DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        ReportWeek.Require(weekStart, LocalDate.Today(clock, null));
        await clientAccess.RequireReadAsync(clientId, $"report {weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", cancellationToken);

        var weekEnd = weekStart.AddDays(WeekDays - 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.Where(u => u.Id == clientId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var practitioner = await (
                from u in db.Users
                where u.Id == nutritionistId
                join p in db.PractitionerProfiles on u.Id equals p.UserId into details
                from p in details.DefaultIfEmpty()
                select new ReportPractitioner(u.DisplayName, p == null ? string.Empty : p.Credentials, p == null ? null : p.PracticeName))
            .SingleAsync(cancellationToken);
        var recommendations = await db.WeeklyRecommendations.AsNoTracking()
            .Where(r => r.MotherId == clientId && r.NutritionistId == nutritionistId && r.WeekStart == weekStart)
            .Select(r => r.Text)
            .SingleOrDefaultAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, clientId, cancellationToken);
        var entries = await MotherEntries.BetweenAsync(db, clientId, weekStart.AddDays(1 - DayScorer.PlantWindowDays), weekEnd, cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.UserId == clientId && c.Date >= weekStart && c.Date <= weekEnd)
            .ToListAsync(cancellationToken);

        // Only this nutritionist's threads: comments with an earlier nutritionist stay private to that pair.
        var comments = await (
                from c in db.Comments.AsNoTracking()
                where c.MotherId == clientId && c.NutritionistId == nutritionistId && c.Date >= weekStart && c.Date <= weekEnd
                join u in db.Users on c.AuthorId equals u.Id
                orderby c.Date, c.Id
                select new ReportComment(c.Date, u.DisplayName, c.AuthorId == clientId, c.Text, c.ResolvedAt != null))
            .ToListAsync(cancellationToken);

        var foods = entries.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)).ToList();
        var byDate = foods.ToLookup(f => f.Date);
        var checkInsByDate = checkIns.ToDictionary(c => c.Date);
        var days = Enumerable.Range(0, WeekDays).Select(offset =>
        {
            var date = weekStart.AddDays(offset);
            var window = Enumerable.Range(0, DayScorer.PlantWindowDays).SelectMany(back => byDate[date.AddDays(-back)]);
            return new ReportDay(DayScorer.Score(date, window, targets.For(date), targets.StageOn(date)), checkInsByDate.GetValueOrDefault(date));
        }).ToList();

        var logged = days.Where(d => d.Score.HasEntries).ToList();
        var weekly = days[^1].Score.For(Metric.PlantsPerWeek);
        var plants = weekly?.Contributions
            .Where(c => c.Detail is not null)
            .Select(c => new ReportPlant(c.Detail!, c.FoodName, c.Amount))
            .OrderBy(p => p.FoodNames, StringComparer.CurrentCultureIgnoreCase)
            .ToList() ?? [];
        var adherence = targets.For(weekEnd).Targets
            .Select(t => new TargetAdherence(t.Metric, t.Title, logged.Count(d => d.Score.For(t.Metric)?.Met == true), WeekDays))
            .ToList();
        var warnings = logged
            .SelectMany(d => d.Score.Warnings.Select(w => new ReportWarning(d.Date, w.Title, w.FoodNames)))
            .ToList();

        // Her today, as the client header and her own pages take it, so the week of pregnancy is theirs.
        var stageOn = ReportStage.DateFor(weekStart, weekEnd, LocalDate.Today(clock, targets.Profile.TimeZoneId));
        var stage = targets.StageOn(stageOn);

        // Computed here rather than through WeekService, which would check access and audit the read a second time.
        var prenatal = PrenatalWeek.Evaluate(weekStart, foods, targets.StageOn, stage);
        var references = await ReferencesAsync(days, prenatal, cancellationToken);

        return new WeeklyReport(
            clientId,
            name,
            new ReportStage(stage, stageOn, stage.IsPregnant ? targets.Profile.DueDate : null),
            weekStart,
            LocalDate.Today(clock, null),
            practitioner,
            days,
            logged.Count == 0 ? null : logged.Average(d => d.Score.Overall),
            plants,
            weekly?.Actual ?? 0,
            weekly?.Target ?? 30,
            adherence,
            prenatal,
            warnings,
            CheckInSummary.From(checkIns),
            comments,
            recommendations,
            references);
    }

    /// <summary>
    /// The sources of the week's targets, prenatal reference values and warnings raised, in full from the references
    /// data, in the order the report first cites them.
    /// </summary>
    private async Task<IReadOnlyList<Reference>> ReferencesAsync(IReadOnlyList<ReportDay> days, PrenatalWeek prenatal, CancellationToken cancellationToken)
    {
        var keys = days.SelectMany(d => d.Score.Targets.SelectMany(t => t.Definition.ReferenceKeys))
            .Concat(prenatal.Averages.Select(a => a.Reference.ReferenceKey))
            .Concat(days.Where(d => d.Logged).SelectMany(d => d.Score.Warnings.SelectMany(w => w.ReferenceKeys)))
            .Distinct(StringComparer.Ordinal);
        var all = await referenceCatalog.GetAllAsync(cancellationToken);
        return keys.Select(key => all.GetValueOrDefault(key)).OfType<Reference>().ToList();
    }
}
