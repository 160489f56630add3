using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Trends;
using MaternalMicrobiome.Web.Features.Week;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>A nutritionist reads a client only while linked; every read is audited; anyone else gets "not found".</summary>
public sealed class ClientReadAccessTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_linked_nutritionist_reads_the_clients_day_week_trends_and_targets_and_each_read_is_audited_once()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        await LoggedAsync(factory.Services, mother, "lentils cooked", Given.Today);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, linked);
        var services = scope.ServiceProvider;

        var day = await services.GetRequiredService<MealLogService>().GetDayAsync(Given.Today, mother.Id);
        await services.GetRequiredService<CheckInService>().GetAsync(Given.Today, mother.Id);
        var week = await services.GetRequiredService<WeekService>().GetWeekAsync(Given.Today, mother.Id);
        var trends = await services.GetRequiredService<TrendsService>().GetAsync(Given.Today, 4, mother.Id);
        var targets = await services.GetRequiredService<ClientTargetService>().GetAsync(mother.Id);

        Assert.Contains("lentils", Assert.Single(day.Entries).FoodName, StringComparison.OrdinalIgnoreCase);
        Assert.Single(week.Plants);
        Assert.Equal(28, trends.Count);
        Assert.NotEmpty(targets.Rows);
        var reads = await ClientReadsAsync(factory.Services, mother.Id);
        Assert.Equal(4, reads.Count);
        Assert.Equal($"day {Given.Today:yyyy-MM-dd}", reads[0]);
        Assert.StartsWith("week ", reads[1], StringComparison.Ordinal);
        Assert.StartsWith("trends 4 weeks", reads[2], StringComparison.Ordinal);
        Assert.Equal("targets", reads[3]);
    }

    [Fact]
    public async Task The_mothers_own_reads_are_not_audited_as_client_reads()
    {
        var (mother, _, _) = await PracticeAsync(factory);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);

        await scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Given.Today);
        await scope.ServiceProvider.GetRequiredService<WeekService>().GetWeekAsync(Given.Today);

        Assert.Empty(await ClientReadsAsync(factory.Services, mother.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unlinked_nutritionist_or_one_whose_link_ended_gets_no_read_or_write(bool linkEnded)
    {
        var (mother, _, stranger) = await PracticeAsync(factory);
        if (linkEnded)
        {
            await LinkAsync(factory.Services, mother, stranger, ended: true);
        }

        var entryId = await LoggedAsync(factory.Services, mother, "lentils cooked", Given.Today);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, stranger);
        var services = scope.ServiceProvider;
        var comments = services.GetRequiredService<CommentService>();
        var targets = services.GetRequiredService<ClientTargetService>();
        var id = mother.Id;

        var attempts = new List<Func<Task>>
        {
            () => services.GetRequiredService<MealLogService>().GetDayAsync(Given.Today, id),
            () => services.GetRequiredService<MealLogService>().TodayAsync(id),
            () => services.GetRequiredService<CheckInService>().GetAsync(Given.Today, id),
            () => services.GetRequiredService<WeekService>().GetWeekAsync(Given.Today, id),
            () => services.GetRequiredService<TrendsService>().GetAsync(Given.Today, 4, id),
            () => services.GetRequiredService<ClientReviewService>().GetClientAsync(id),
            () => targets.GetAsync(id),
            () => targets.SaveAsync(id, new ClientTargetsRequest()),
            () => comments.GetThreadsAsync(id, CommentTarget.Day(Given.Today)),
            () => comments.CanCommentAsync(id),
            () => comments.AddAsync(id, CommentTarget.Entry(Given.Today, entryId), new CommentRequest { Text = "Hello" }),
            () => comments.ReplyAsync(id, 1, new CommentRequest { Text = "Hello" }),
            () => comments.SetResolvedAsync(id, 1, true),
            () => comments.MarkReadAsync(id, [1]),
        };
        // Comments tell a nutritionist whose link ended why (her open client page shows it); everything else is not found.
        for (var i = 0; i < attempts.Count; i++)
        {
            if (linkEnded && i >= attempts.Count - 6)
            {
                var denied = await Assert.ThrowsAsync<AccessDeniedException>(attempts[i]);
                Assert.Contains("ended the link", denied.Message, StringComparison.Ordinal);
            }
            else
            {
                await Assert.ThrowsAsync<NotFoundException>(attempts[i]);
            }
        }

        Assert.Empty(await ClientReadsAsync(factory.Services, mother.Id));
        Assert.Equal(0, await ReadAsync(factory.Services, db => Task.FromResult(db.Comments.Count(c => c.MotherId == id))));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Mother)]
    public async Task Admins_and_other_mothers_are_refused_a_clients_data(string role)
    {
        var (mother, _, _) = await PracticeAsync(factory);
        var caller = await Given.UserAsync(factory.Services, role);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, caller);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Given.Today, mother.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<ClientTargetService>().SaveAsync(mother.Id, new ClientTargetsRequest()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<CommentService>().GetThreadsAsync(mother.Id, CommentTarget.Day(Given.Today)));
    }

    [Fact]
    public async Task The_client_day_page_answers_404_to_an_unlinked_nutritionist_and_shows_the_client_to_her_nutritionist()
    {
        var (mother, linked, stranger) = await PracticeAsync(factory);

        var refused = await (await SignedInAsync(stranger)).GetAsync(new Uri($"/clients/{mother.Id}", UriKind.Relative));
        var shown = await (await SignedInAsync(linked)).GetAsync(new Uri($"/clients/{mother.Id}/week", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("data-testid=\"client-name\"", html, StringComparison.Ordinal);
        Assert.Contains("Pregnant", html, StringComparison.Ordinal);
        Assert.Contains($"clients/{mother.Id}/targets", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await FormPoster.PostAsync(client, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
