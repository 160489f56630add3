using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>Feedback without a reload: saved targets confirm and list the change; read comments leave the menu's badge.</summary>
public sealed class SavedTargetsAndReadBadgeTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private readonly List<AsyncServiceScope> scopes = [];

    private async Task SignInAsync(AppUser user)
    {
        var scope = await Given.SignedInScopeAsync(factory.Services, user);
        scopes.Add(scope);
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ClientTargetService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CommentService>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<CommentEvents>());
        Services.AddSingleton(scope.ServiceProvider.GetRequiredService<MaternalMicrobiome.Web.Application.CurrentUser>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Saving_targets_shows_a_confirmation_and_the_change_in_the_history_at_once()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        ComponentFactories.AddStub<ClientHeader>();
        await SignInAsync(linked);

        var cut = Render<ClientTargetsPage>(p => p.Add(x => x.ClientId, mother.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=no-target-changes]"));
        cut.Find($"[data-testid=target-edit][data-metric={Metric.Fiber}] input[data-testid=target-value-input]").Change("35");
        cut.Find("[data-testid=save-targets]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Dietary fiber target", cut.Find("[data-testid=target-change]").TextContent, StringComparison.Ordinal));
        Assert.Contains("default → 35 g", cut.Find("[data-testid=target-change]").TextContent, StringComparison.Ordinal);
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Saved 1 change." && s.Severity == Severity.Success);
    }

    [Fact]
    public async Task The_mothers_unread_badge_goes_as_soon_as_she_has_read_the_comment()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, linked))
        {
            await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(mother.Id, CommentTarget.Day(Today), new CommentRequest { Text = "Try kimchi with lunch." });
        }

        await SignInAsync(mother);
        var badge = Render<CommentsNavLink>();
        badge.WaitForAssertion(() => Assert.Equal("1 unread", badge.Find("[data-testid=unread-comments]").TextContent.Trim()));

        // Her comments page: opening the thread reads it; its "new" chip and the menu's badge go without a reload.
        var page = Render<MyCommentsPage>();
        page.WaitForAssertion(() => Assert.Equal("1 new", page.Find("[data-testid=my-thread-unread]").TextContent.Trim()));
        page.Find(".mud-expand-panel-header").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=my-thread-unread]")));
        badge.WaitForAssertion(() => Assert.Empty(badge.FindAll("[data-testid=unread-comments]")));
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
