using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Practice;

public sealed class ClientLinkTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    [Fact]
    public async Task A_mother_previews_who_invites_her_then_consents_and_the_nutritionist_can_read_her_data()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(Services, Roles.Mother);
        var code = await Given.InviteAsync(Services, nutritionist);
        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$", code);

        await using (var scope = await Given.SignedInScopeAsync(Services, mother))
        {
            var links = scope.ServiceProvider.GetRequiredService<ClientLinkService>();
            var typed = $" {code[..4].ToLowerInvariant()}-{code[4..]} ";
            var preview = await links.PreviewAsync(new InviteCodeRequest { Code = typed });
            Assert.Equal(nutritionist.DisplayName, preview.NutritionistName);
            Assert.Null(preview.CurrentNutritionistName);
            Assert.Null(await links.GetMyLinkAsync());

            var link = await links.ConsentAsync(new InviteCodeRequest { Code = typed });
            Assert.Equal(nutritionist.DisplayName, link.NutritionistName);
        }

        await using (var scope = await Given.SignedInScopeAsync(Services, nutritionist))
        {
            Assert.Equal(mother.Id, await scope.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(mother.Id, "day 2026-01-01"));
            var overview = await scope.ServiceProvider.GetRequiredService<ClientLinkService>().GetOverviewAsync();
            Assert.Contains(overview.Clients, c => c.MotherId == mother.Id);
            Assert.DoesNotContain(overview.Invites, i => i.Code == code);
        }

        await using (var scope = await Given.SignedInScopeAsync(Services, mother))
        {
            var log = await scope.ServiceProvider.GetRequiredService<ClientLinkService>().GetAccessLogAsync(0, 10);
            var row = Assert.Single(log.Rows);
            Assert.Equal(nutritionist.DisplayName, row.Who);
            Assert.Equal("day 2026-01-01", row.What);
        }
    }

    [Fact]
    public async Task Unknown_used_expired_and_revoked_codes_all_get_the_same_message_naming_the_field()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var first = await Given.UserAsync(Services, Roles.Mother);
        var second = await Given.UserAsync(Services, Roles.Mother);
        var used = await Given.InviteAsync(Services, nutritionist);
        await Given.ConsentAsync(Services, first, used);

        var revoked = await Given.InviteAsync(Services, nutritionist);
        await using (var scope = await Given.SignedInScopeAsync(Services, nutritionist))
        {
            var links = scope.ServiceProvider.GetRequiredService<ClientLinkService>();
            var invite = (await links.GetOverviewAsync()).Invites.Single(i => i.Code == revoked);
            await links.RevokeInviteAsync(invite.Id);
        }

        var expired = await Given.InviteAsync(Services, nutritionist);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var link = await db.ClientLinks.SingleAsync(l => l.InviteCode == expired);
            link.ExpiresAt = Given.Now.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        await using var mother = await Given.SignedInScopeAsync(Services, second);
        var service = mother.ServiceProvider.GetRequiredService<ClientLinkService>();
        var messages = new List<string>();
        foreach (var code in new[] { used, revoked, expired, "ZZZZZZZZ" })
        {
            var error = await Assert.ThrowsAsync<ValidationException>(() => service.PreviewAsync(new InviteCodeRequest { Code = code }));
            var failure = Assert.Single(error.Errors);
            Assert.Equal(nameof(InviteCodeRequest.Code), failure.PropertyName);
            messages.Add(failure.ErrorMessage);
        }

        Assert.Single(messages.Distinct());
        Assert.StartsWith("Invite code:", messages[0], StringComparison.Ordinal);
        var malformed = await Assert.ThrowsAsync<ValidationException>(() => service.ConsentAsync(new InviteCodeRequest { Code = "abc" }));
        Assert.Contains("8 letters and digits", malformed.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_mother_must_end_her_link_before_consenting_to_another_and_ending_stops_access_at_once()
    {
        var nora = await Given.UserAsync(Services, Roles.Nutritionist);
        var olga = await Given.UserAsync(Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(Services, nora, mother);
        var second = await Given.InviteAsync(Services, olga);

        await using (var scope = await Given.SignedInScopeAsync(Services, mother))
        {
            var links = scope.ServiceProvider.GetRequiredService<ClientLinkService>();
            Assert.Equal(nora.DisplayName, (await links.PreviewAsync(new InviteCodeRequest { Code = second })).CurrentNutritionistName);
            var refused = await Assert.ThrowsAsync<ValidationException>(() => links.ConsentAsync(new InviteCodeRequest { Code = second }));
            Assert.Contains("End that link first", refused.Errors.Single().ErrorMessage, StringComparison.Ordinal);

            await links.EndMyLinkAsync();
            Assert.Null(await links.GetMyLinkAsync());
        }

        await using (var scope = await Given.SignedInScopeAsync(Services, nora))
        {
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(mother.Id, "day"));
        }

        await Given.ConsentAsync(Services, mother, second);
        await using (var scope = await Given.SignedInScopeAsync(Services, olga))
        {
            var links = scope.ServiceProvider.GetRequiredService<ClientLinkService>();
            await links.EndClientLinkAsync(mother.Id);
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(mother.Id, "day"));
            await Assert.ThrowsAsync<NotFoundException>(() => links.EndClientLinkAsync(mother.Id));
        }

        await using var check = Services.CreateAsyncScope();
        var ended = await check.ServiceProvider.GetRequiredService<AppDbContext>().ClientLinks.Where(l => l.MotherId == mother.Id).ToListAsync();
        Assert.Equal(2, ended.Count);
        Assert.All(ended, l => Assert.False(l.IsActive));
        Assert.Contains(ended, l => l.EndedById == mother.Id);
        Assert.Contains(ended, l => l.EndedById == olga.Id);
    }

    [Fact]
    public async Task Each_side_is_refused_the_other_sides_operations_and_another_nutritionists_invite()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var stranger = await Given.UserAsync(Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(Services, Roles.Mother);
        var code = await Given.InviteAsync(Services, nutritionist);

        await using (var scope = await Given.SignedInScopeAsync(Services, mother))
        {
            var links = scope.ServiceProvider.GetRequiredService<ClientLinkService>();
            await Assert.ThrowsAsync<AccessDeniedException>(() => links.CreateInviteAsync());
            await Assert.ThrowsAsync<AccessDeniedException>(() => links.GetOverviewAsync());
        }

        await using (var scope = await Given.SignedInScopeAsync(Services, stranger))
        {
            var links = scope.ServiceProvider.GetRequiredService<ClientLinkService>();
            await Assert.ThrowsAsync<AccessDeniedException>(() => links.ConsentAsync(new InviteCodeRequest { Code = code }));
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var invite = await db.ClientLinks.SingleAsync(l => l.InviteCode == code);
            await Assert.ThrowsAsync<NotFoundException>(() => links.RevokeInviteAsync(invite.Id));
            Assert.Empty((await links.GetOverviewAsync()).Invites);
        }

        await using var anonymous = await Given.SignedInScopeAsync(Services, null);
        await Assert.ThrowsAsync<AccessDeniedException>(() => anonymous.ServiceProvider.GetRequiredService<ClientLinkService>().GetAccessLogAsync(0, 10));
    }

    [Fact]
    public async Task The_access_log_shows_only_her_reads_newest_first_a_page_at_a_time()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(Services, Roles.Mother);
        var other = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(Services, nutritionist, mother);
        await using (var scope = await Given.SignedInScopeAsync(Services, nutritionist))
        {
            var access = scope.ServiceProvider.GetRequiredService<ClientAccess>();
            foreach (var what in Kinds)
            {
                await access.RequireReadAsync(mother.Id, what);
            }
        }

        await using var view = await Given.SignedInScopeAsync(Services, mother);
        var links = view.ServiceProvider.GetRequiredService<ClientLinkService>();
        var first = await links.GetAccessLogAsync(0, 2);
        var last = await links.GetAccessLogAsync(2, 2);
        Assert.Equal(5, first.TotalCount);
        Assert.Equal(["plan 7", "targets"], first.Rows.Select(r => r.What));
        Assert.Equal(["day 2026-01-01"], last.Rows.Select(r => r.What));

        await using var otherView = await Given.SignedInScopeAsync(Services, other);
        Assert.Equal(0, (await otherView.ServiceProvider.GetRequiredService<ClientLinkService>().GetAccessLogAsync(0, 10)).TotalCount);
    }

    [Fact]
    public async Task Reloads_and_edits_within_the_hour_write_one_access_log_entry_per_kind_of_page_and_a_new_one_after_an_hour()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var colleague = await Given.UserAsync(Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(Services, nutritionist, mother);
        await using (var scope = await Given.SignedInScopeAsync(Services, nutritionist))
        {
            var access = scope.ServiceProvider.GetRequiredService<ClientAccess>();
            for (var i = 0; i < 5; i++)
            {
                await access.RequireReadAsync(mother.Id, "plan 7");
                await access.RequireReadAsync(mother.Id, $"day 2026-01-0{i + 1}");
            }

            // "plans" (the list) is another kind of page than "plan 7", though one starts with the other.
            await access.RequireReadAsync(mother.Id, "plans");
        }

        Assert.Equal(["plan 7", "day 2026-01-01", "plans"], await ReadKeysAsync(mother.Id));

        // Her own reads are never audited, and an unlinked colleague's read is refused before anything is written.
        await using (var own = await Given.SignedInScopeAsync(Services, mother))
        {
            await own.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(null, "day 2026-01-01");
        }

        await using (var scope = await Given.SignedInScopeAsync(Services, colleague))
        {
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(mother.Id, "day 2026-01-01"));
        }

        Assert.Equal(3, (await ReadKeysAsync(mother.Id)).Count);

        // An hour later the same page is a new visit.
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var entry in await db.AuditEntries.AsTracking().Where(a => a.SubjectUserId == mother.Id).ToListAsync())
            {
                entry.At -= ClientAccess.ReadWindow;
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = await Given.SignedInScopeAsync(Services, nutritionist))
        {
            await scope.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(mother.Id, "plan 7");
            await scope.ServiceProvider.GetRequiredService<ClientAccess>().RequireReadAsync(mother.Id, "plan 7");
        }

        Assert.Equal(["plan 7", "day 2026-01-01", "plans", "plan 7"], await ReadKeysAsync(mother.Id));
    }

    private static readonly string[] Kinds = ["day 2026-01-01", "week 2025-12-26 to 2026-01-01", "trends 4 weeks to 2026-01-01", "targets", "plan 7"];

    private async Task<List<string>> ReadKeysAsync(string motherId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Action == ClientAccess.ReadAction && a.SubjectUserId == motherId)
            .OrderBy(a => a.Id)
            .Select(a => a.EntityKey)
            .ToListAsync();
    }
}
