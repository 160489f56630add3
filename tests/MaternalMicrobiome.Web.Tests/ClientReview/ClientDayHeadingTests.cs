using Bunit;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

/// <summary>A nutritionist reading a client's past day reads its date, not "today".</summary>
public sealed class ClientDayHeadingTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_past_day_of_a_client_names_its_date_in_the_score_heading()
    {
        var (mother, linked, _) = await Given.PracticeAsync(factory);
        var day = Given.Today.AddDays(-3);
        await Given.LoggedAsync(factory.Services, mother, "lentils", day);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, linked);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"clients/{mother.Id}?date={Format.IsoDate(day)}");

        var cut = Render<ClientDayPage>(p => p.Add(x => x.ClientId, mother.Id));

        cut.WaitForAssertion(() => Assert.Equal($"Gut-health score for {Format.Date(day)}", cut.Find("#score-title").TextContent.Trim()));
        Assert.DoesNotContain("Today's", cut.Markup, StringComparison.Ordinal);
    }
}
