using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Practice;

public sealed class RosterTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    private static async Task<IReadOnlyList<RosterRow>> RosterOfAsync(IServiceProvider services, AppUser nutritionist)
    {
        await using var scope = await Given.SignedInScopeAsync(services, nutritionist);
        return await scope.ServiceProvider.GetRequiredService<RosterService>().GetAsync();
    }

    [Fact]
    public async Task The_number_of_sql_queries_is_the_same_for_3_clients_and_for_12()
    {
        var counter = new SqlCommandCounter();
        await using var counted = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter))));
        var services = counted.Services;

        async Task<(int Queries, int Inserts, int Rows)> MeasureAsync(int clients)
        {
            var nutritionist = await Given.UserAsync(services, Roles.Nutritionist);
            for (var i = 0; i < clients; i++)
            {
                var mother = await Given.UserAsync(services, Roles.Mother);
                await Given.LinkThroughInviteAsync(services, nutritionist, mother);
                await Given.LoggedDaysAsync(services, mother.Id, 10);
            }

            // The worst case: none of their foods in memory yet (a new catalog version empties the cache).
            await services.GetRequiredService<CatalogVersion>().ChangedAsync();
            await using var scope = await Given.SignedInScopeAsync(services, nutritionist);
            var roster = scope.ServiceProvider.GetRequiredService<RosterService>();
            IReadOnlyList<RosterRow> rows = [];
            var (queries, inserts) = await counter.Count(async () => rows = await roster.GetAsync());
            return (queries, inserts, rows.Count);
        }

        var few = await MeasureAsync(3);
        var many = await MeasureAsync(12);

        Assert.Equal(3, few.Rows);
        Assert.Equal(12, many.Rows);
        Assert.InRange(few.Queries, 1, 10);
        Assert.Equal(few.Queries, many.Queries);

        // The only write: the audit entries of every client shown, in one multi-row INSERT.
        Assert.Equal(1, few.Inserts);
        Assert.Equal(1, many.Inserts);
    }

    [Fact]
    public async Task Only_consenting_linked_clients_appear_with_their_week_scored_and_each_view_is_audited()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var other = await Given.UserAsync(Services, Roles.Nutritionist);
        var client = await Given.UserAsync(Services, Roles.Mother);
        var ended = await Given.UserAsync(Services, Roles.Mother);
        var otherClient = await Given.UserAsync(Services, Roles.Mother);
        var unlinked = await Given.UserAsync(Services, Roles.Mother);
        var neverConsented = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(Services, nutritionist, client);
        await Given.LinkThroughInviteAsync(Services, nutritionist, ended);
        await Given.LinkThroughInviteAsync(Services, other, otherClient);
        await Given.LoggedDaysAsync(Services, client.Id, 4);
        await using (var scope = await Given.SignedInScopeAsync(Services, ended))
        {
            await scope.ServiceProvider.GetRequiredService<ClientLinkService>().EndMyLinkAsync();
        }

        await using (var scope = Services.CreateAsyncScope())
        {
            // An invite she previewed but never consented to, and a comment from the client not read yet.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = Given.Now;
            db.ClientLinks.Add(new ClientLink { NutritionistId = nutritionist.Id, InviteCode = InviteCodes.NewCode(), CreatedAt = now, ExpiresAt = now.AddDays(1), MotherId = neverConsented.Id });
            db.Comments.Add(new Comment { MotherId = client.Id, NutritionistId = nutritionist.Id, AuthorId = client.Id, Date = Given.Today, Text = "Is kombucha fine?", CreatedAt = now });
            db.Comments.Add(new Comment { MotherId = client.Id, NutritionistId = nutritionist.Id, AuthorId = nutritionist.Id, Date = Given.Today, Text = "Let us talk.", CreatedAt = now });
            await db.SaveChangesAsync();
        }

        var rows = await RosterOfAsync(Services, nutritionist);

        var row = Assert.Single(rows);
        Assert.Equal(client.Id, row.ClientId);
        Assert.Equal(Given.Today, row.LastLogged);
        Assert.False(row.NoRecentLog);
        Assert.Equal(1, row.UnreadComments);
        Assert.Equal(4, row.WarningCount);
        Assert.StartsWith("Pregnant", row.StageToday, StringComparison.Ordinal);
        var fermented = row.Adherence.Single(a => a.Metric == Metric.FermentedServings);
        Assert.Equal(4, fermented.DaysMet);

        // Her account is new, and the 4 days she logged are all her days so far.
        Assert.Equal(4, fermented.Days);
        Assert.DoesNotContain(rows, r => r.ClientId == ended.Id || r.ClientId == otherClient.Id || r.ClientId == unlinked.Id || r.ClientId == neverConsented.Id);

        await using var check = Services.CreateAsyncScope();
        var audit = await check.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.ActorId == nutritionist.Id && a.EntityKey == RosterService.AuditWhat).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal(client.Id, entry.SubjectUserId);
        Assert.Equal(ClientAccess.ReadAction, entry.Action);
    }

    [Fact]
    public async Task A_client_who_has_not_logged_for_3_days_is_flagged()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var quiet = await Given.UserAsync(Services, Roles.Mother);
        var never = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(Services, nutritionist, quiet);
        await Given.LinkThroughInviteAsync(Services, nutritionist, never);
        await Given.LoggedDaysAsync(Services, quiet.Id, 1);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.MealEntries.Where(e => e.UserId == quiet.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Date, Given.Today.AddDays(-3)));
        }

        var rows = await RosterOfAsync(Services, nutritionist);

        Assert.All(rows, r => Assert.True(r.NoRecentLog));
        Assert.Equal(Given.Today.AddDays(-3), rows.Single(r => r.ClientId == quiet.Id).LastLogged);
        Assert.Null(rows.Single(r => r.ClientId == never.Id).LastLogged);
    }

    [Theory]
    [InlineData(Roles.Mother)]
    [InlineData(Roles.Admin)]
    public async Task Mothers_and_admins_cannot_call_the_roster(string role)
    {
        var user = await Given.UserAsync(Services, role);
        await using var scope = await Given.SignedInScopeAsync(Services, user);
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<RosterService>().GetAsync());
    }

    [Fact]
    public async Task Adherence_counts_only_the_days_since_she_joined_and_at_least_one()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var newcomer = await Given.UserAsync(Services, Roles.Mother);
        var joinedToday = await Given.UserAsync(Services, Roles.Mother);
        var backfilled = await Given.UserAsync(Services, Roles.Mother);
        var longStanding = await Given.UserAsync(Services, Roles.Mother);
        foreach (var mother in new[] { newcomer, joinedToday, backfilled, longStanding })
        {
            await Given.LinkThroughInviteAsync(Services, nutritionist, mother);
        }

        // She joined 2 days ago and logged on each of her 3 days; another joined today and logged nothing; a third joined
        // today and logged the 4 days before as well; the last has had her account for months.
        await Given.LoggedDaysAsync(Services, newcomer.Id, 3);
        await Given.LoggedDaysAsync(Services, backfilled.Id, 5);
        await Given.LoggedDaysAsync(Services, longStanding.Id, 3);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = Given.Now;
            await db.Users.Where(u => u.Id == newcomer.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, now.AddDays(-2)));
            await db.Users.Where(u => u.Id == joinedToday.Id || u.Id == backfilled.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, now));
            await db.Users.Where(u => u.Id == longStanding.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, now.AddDays(-90)));
        }

        var rows = await RosterOfAsync(Services, nutritionist);

        (int DaysMet, int Days) Fermented(AppUser mother)
        {
            var adherence = rows.Single(r => r.ClientId == mother.Id).Adherence.Single(a => a.Metric == Metric.FermentedServings);
            return (adherence.DaysMet, adherence.Days);
        }

        Assert.Equal((3, 3), Fermented(newcomer));
        Assert.Equal(100, rows.Single(r => r.ClientId == newcomer.Id).Adherence.Single(a => a.Metric == Metric.FermentedServings).Percent);
        Assert.Equal((0, 1), Fermented(joinedToday));
        Assert.Equal((5, 5), Fermented(backfilled));
        Assert.Equal((3, RosterService.Days), Fermented(longStanding));
    }
}
