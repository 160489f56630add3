using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Trends;
using MaternalMicrobiome.Web.Features.Week;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>A change of her targets scores the days from the one it was made on; the days before keep theirs.</summary>
public sealed class TargetsInForceTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Yesterday = Given.Today.AddDays(-1);

    [Fact]
    public async Task Raising_her_fiber_target_today_leaves_yesterday_scored_against_the_target_she_had_then_on_every_page()
    {
        var (mother, linked, _) = await PracticeAsync(factory);

        // About 32 g of fiber each day: above the default 28 g, below the 60 g set today.
        await LoggedAsync(factory.Services, mother, "lentils", Yesterday, 400);
        await LoggedAsync(factory.Services, mother, "lentils", Given.Today, 400);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, linked))
        {
            var targets = scope.ServiceProvider.GetRequiredService<ClientTargetService>();
            var form = (await targets.GetAsync(mother.Id)).ToRequest();
            form.Targets.Single(t => t.Metric == Metric.Fiber).Value = 60;
            await targets.SaveAsync(mother.Id, form);
        }

        var structured = await ReadAsync(factory.Services, db => db.ClientTargetChanges.Where(c => c.MotherId == mother.Id).SingleAsync());
        Assert.Equal((Metric.Fiber, 60.0, (double?)null), (structured.Metric!.Value, structured.Value!.Value, structured.Weight));

        // Her Given.Today and day view.
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
            var before = (await log.GetDayAsync(Yesterday)).Score.For(Metric.Fiber)!;
            var today = (await log.GetDayAsync(Given.Today)).Score.For(Metric.Fiber)!;
            Assert.Equal((28.0, true), (before.Target, before.Met));
            Assert.Equal((60.0, false), (today.Target, today.Met));
            Assert.InRange(today.Actual, 28, 60);

            // Her week and trends.
            var week = await scope.ServiceProvider.GetRequiredService<WeekService>().GetWeekAsync(Given.Today);
            Assert.True(week.Days.Single(d => d.Date == Yesterday).FiberMet);
            Assert.False(week.Days.Single(d => d.Date == Given.Today).FiberMet);
            var trends = await scope.ServiceProvider.GetRequiredService<TrendsService>().GetAsync(Given.Today, 4);
            Assert.Equal(28, trends.Single(p => p.Date == Yesterday).FiberTarget);
            Assert.Equal(60, trends.Single(p => p.Date == Given.Today).FiberTarget);
        }

        // Her nutritionist's client day, roster and weekly report.
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, linked))
        {
            var clientDay = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Yesterday, mother.Id);
            Assert.Equal(28, clientDay.Score.For(Metric.Fiber)!.Target);

            var row = (await scope.ServiceProvider.GetRequiredService<RosterService>().GetAsync()).Single(r => r.ClientId == mother.Id);
            Assert.Equal(1, row.Adherence.Single(a => a.Metric == Metric.Fiber).DaysMet);

            var report = await scope.ServiceProvider.GetRequiredService<WeeklyReportService>().GetAsync(mother.Id, Given.Today.AddDays(-6));
            Assert.True(report.Days.Single(d => d.Date == Yesterday).Score.For(Metric.Fiber)!.Met);
            Assert.False(report.Days.Single(d => d.Date == Given.Today).Score.For(Metric.Fiber)!.Met);
            Assert.Equal(1, report.Adherence.Single(a => a.Metric == Metric.Fiber).DaysMet);
        }
    }
}
