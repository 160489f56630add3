using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>The comment thread component on the real service and database, signed in as one side.</summary>
public sealed class CommentThreadComponentTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private readonly List<AsyncServiceScope> scopes = [];

    private async Task SignInAsync(AppUser user)
    {
        var scope = await Given.SignedInScopeAsync(factory.Services, user);
        scopes.Add(scope);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CommentService>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<CommentThread> RenderDay(string? clientId) =>
        Render<CommentThread>(p => p.Add(x => x.ClientId, clientId).Add(x => x.Subject, CommentSubject.Day).Add(x => x.Date, Today));

    [Fact]
    public async Task The_nutritionists_comment_shows_as_new_to_the_mother_and_opening_it_marks_it_read()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, linked))
        {
            await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(mother.Id, CommentTarget.Day(Today), new CommentRequest { Text = "Try kimchi with lunch." });
        }

        await SignInAsync(mother);
        var cut = RenderDay(null);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=thread]")));
        Assert.Equal("1 new", cut.Find("[data-testid=thread-unread]").TextContent.Trim());
        Assert.Equal("true", cut.Find("[data-testid=comment]").GetAttribute("data-unread"));
        Assert.Equal("Try kimchi with lunch.", cut.Find("[data-testid=comment-text]").TextContent);
        Assert.Null(await ReadAsync(factory.Services, db => db.Comments.Where(c => c.MotherId == mother.Id && c.ReadAt == null).Select(c => (int?)c.Id).FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task A_reply_is_added_to_the_thread_and_resolve_marks_it_resolved()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(null, CommentTarget.Day(Today), new CommentRequest { Text = "Is 3 coffees too many?" });
        }

        await SignInAsync(linked);
        var cut = RenderDay(mother.Id);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=thread]")));

        // Opening the thread marks it read in the background; a redraw of the page meanwhile may close the reply box or
        // replace a button's handler, so each find-and-act runs on the renderer's thread, where no redraw can come between.
        cut.WaitForAssertion(() =>
        {
            if (cut.FindAll("textarea[data-testid=reply-text]").Count == 0)
            {
                cut.InvokeAsync(() => cut.Find("[data-testid=reply]").Click()).GetAwaiter().GetResult();
            }

            Assert.Single(cut.FindAll("textarea[data-testid=reply-text]"));
        });
        await cut.InvokeAsync(() =>
        {
            cut.Find("textarea[data-testid=reply-text]").Input("Yes: keep to 200 mg, about two cups.");
            cut.Find("[data-testid=send-reply]").Click();
        });
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=comment]").Count));
        await cut.InvokeAsync(() => cut.Find("[data-testid=toggle-resolved]").Click());

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=thread]").GetAttribute("data-resolved")));
        Assert.Equal("Reopen", cut.Find("[data-testid=toggle-resolved]").TextContent.Trim());
        Assert.Contains("You", cut.FindAll("[data-testid=comment]")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_comment_shows_the_services_message_next_to_the_field()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        await SignInAsync(linked);
        var cut = RenderDay(mother.Id);
        cut.WaitForAssertion(() => cut.Find("[data-testid=no-comments]"));

        cut.Find("[data-testid=add-comment]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Comment is required.", cut.Find("[data-testid=comment-thread]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await ReadAsync(factory.Services, db => db.Comments.CountAsync(c => c.MotherId == mother.Id)));
    }

    [Fact]
    public async Task A_mother_without_a_nutritionist_sees_why_and_no_comment_box()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await SignInAsync(mother);

        var cut = RenderDay(null);

        cut.WaitForAssertion(() => Assert.Equal(CommentService.NoNutritionistReason, cut.Find("[data-testid=cannot-comment]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=new-comment]"));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_comment_posted_from_an_open_client_page_after_the_link_ended_shows_why_instead_of_failing()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        await SignInAsync(linked);
        var cut = RenderDay(mother.Id);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("textarea[data-testid=new-comment]")));

        // She ends the link while her nutritionist's page is open.
        await ReadAsync(factory.Services, db => db.ClientLinks.Where(l => l.MotherId == mother.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.EndedAt, Given.Now).SetProperty(l => l.EndedById, mother.Id)));
        await cut.InvokeAsync(() =>
        {
            cut.Find("textarea[data-testid=new-comment]").Input("Shall we try kefir?");
            cut.Find("[data-testid=add-comment]").Click();
        });

        cut.WaitForAssertion(() => Assert.Equal(CommentService.EndedByClientReason, cut.Find("[data-testid=comments-closed]").TextContent.Trim()));
        Assert.False(await ReadAsync(factory.Services, db => db.Comments.AnyAsync(c => c.MotherId == mother.Id)));
    }
}
