using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>The nutritionist's inbox: every unread client comment in one place, and badges that update without a reload.</summary>
public sealed class InboxTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private readonly List<AsyncServiceScope> scopes = [];

    [Fact]
    public async Task The_inbox_lists_unread_client_comments_from_every_linked_client_latest_first_and_nothing_else()
    {
        var (first, nutritionist, stranger) = await PracticeAsync(factory);
        var second = await Given.UserAsync(factory.Services, Roles.Mother);
        var former = await Given.UserAsync(factory.Services, Roles.Mother);
        await LinkAsync(factory.Services, second, nutritionist);
        await LinkAsync(factory.Services, former, nutritionist, ended: true);
        var strangersClient = await Given.UserAsync(factory.Services, Roles.Mother);
        await LinkAsync(factory.Services, strangersClient, stranger);

        await CommentAsMotherAsync(first, "Is oat milk fine?");
        await CommentAsNutritionistAsync(nutritionist, second, "Try kefir at breakfast.");
        var secondsReply = await ReplyAsMotherAsync(second, "Which kefir?");
        await CommentAsMotherAsync(strangersClient, "Not for her.");

        var inbox = await InboxAsync(nutritionist);

        Assert.Equal([second.Id, first.Id], inbox.Select(i => i.ClientId));
        Assert.Equal("Which kefir?", inbox[0].LatestText);
        Assert.Equal(1, inbox[0].UnreadCount);
        Assert.Equal(secondsReply.ThreadId, inbox[0].ThreadId);
        Assert.Equal($"clients/{first.Id}?date={Given.Today:yyyy-MM-dd}", inbox[1].Link);
        Assert.Equal(first.DisplayName, inbox[1].ClientName);
        Assert.Contains("comments inbox", await ClientReadsAsync(factory.Services, first.Id));
        Assert.Equal(strangersClient.Id, Assert.Single(await InboxAsync(stranger)).ClientId);
    }

    [Fact]
    public async Task Marking_a_conversation_read_takes_it_out_of_the_inbox_and_a_new_reply_brings_it_back()
    {
        var (mother, nutritionist, _) = await PracticeAsync(factory);
        var threadId = await CommentAsMotherAsync(mother, "Cramps after lentils.");
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist))
        {
            await scope.ServiceProvider.GetRequiredService<CommentService>().MarkReadAsync(mother.Id, [threadId]);
        }

        Assert.Empty(await InboxAsync(nutritionist));
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            await scope.ServiceProvider.GetRequiredService<CommentService>().ReplyAsync(null, threadId, new CommentRequest { Text = "Better today." });
        }

        Assert.Equal("Better today.", Assert.Single(await InboxAsync(nutritionist)).LatestText);
    }

    [Fact]
    public async Task A_mother_has_no_inbox()
    {
        var (mother, _, _) = await PracticeAsync(factory);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        await Assert.ThrowsAsync<MaternalMicrobiome.Web.Application.AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<CommentService>().GetInboxAsync());
    }

    [Fact]
    public async Task The_nutritionists_badge_and_inbox_update_the_moment_a_client_comments_in_her_own_session()
    {
        var (mother, nutritionist, _) = await PracticeAsync(factory);
        var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        scopes.Add(scope);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CommentService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CommentEvents>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<MaternalMicrobiome.Web.Application.CurrentUser>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var badge = Render<CommentsNavLink>(p => p.Add(x => x.Href, "inbox").Add(x => x.Label, "Inbox"));
        var inbox = Render<InboxPage>();
        inbox.WaitForAssertion(() => inbox.Find("[data-testid=inbox-empty]"));
        Assert.Empty(badge.FindAll("[data-testid=unread-comments]"));

        // The client writes from her own session (another circuit): no reload here.
        await CommentAsMotherAsync(mother, "Is miso soup fine at night?");

        badge.WaitForAssertion(() => Assert.Equal("1 unread", badge.Find("[data-testid=unread-comments]").TextContent.Trim()));
        inbox.WaitForAssertion(() => Assert.Equal("Is miso soup fine at night?", inbox.Find("[data-testid=inbox-text]").TextContent.Trim()));

        // Reading it from the inbox drops the badge too.
        inbox.Find("[data-testid=inbox-mark-read]").Click();
        inbox.WaitForAssertion(() => inbox.Find("[data-testid=inbox-empty]"));
        badge.WaitForAssertion(() => Assert.Empty(badge.FindAll("[data-testid=unread-comments]")));
    }

    private async Task<IReadOnlyList<InboxItem>> InboxAsync(AppUser nutritionist)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        return await scope.ServiceProvider.GetRequiredService<CommentService>().GetInboxAsync();
    }

    private async Task<int> CommentAsMotherAsync(AppUser mother, string text)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        return await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(null, CommentTarget.Day(Given.Today), new CommentRequest { Text = text });
    }

    private async Task CommentAsNutritionistAsync(AppUser nutritionist, AppUser client, string text)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(client.Id, CommentTarget.Day(Given.Today), new CommentRequest { Text = text });
    }

    private async Task<(int ThreadId, int ReplyId)> ReplyAsMotherAsync(AppUser mother, string text)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var comments = scope.ServiceProvider.GetRequiredService<CommentService>();
        var threadId = (await comments.GetMyThreadsAsync())[0].Id;
        return (threadId, await comments.ReplyAsync(null, threadId, new CommentRequest { Text = text }));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }
}
