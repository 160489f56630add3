using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.TodayLogging;

/// <summary>
/// The check-in card on Today, against the real check-in store: closed it shows a summary and a button; the form exists
/// only while she fills it in, and focus moves into it and back to the button.
/// </summary>
public sealed class CheckInCardTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private async Task<(CheckInService CheckIns, AsyncServiceScope Scope)> MotherAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        return (scope.ServiceProvider.GetRequiredService<CheckInService>(), scope);
    }

    private IRenderedComponent<CheckInCard> RenderCard()
    {
        var cut = Render<CheckInCard>(p => p.Add(x => x.Date, Given.Today));
        cut.WaitForAssertion(() => cut.Find("[data-testid=check-in-toggle]"));
        return cut;
    }

    private static string Summary(IRenderedComponent<CheckInCard> cut) => cut.Find("[data-testid=check-in-summary]").TextContent.Trim();

    private static AngleSharp.Dom.IElement Toggle(IRenderedComponent<CheckInCard> cut) => cut.Find("[data-testid=check-in-toggle]");

    // bunit marks an element held by an ElementReference with that reference's id when it first renders it.
    private static string? ReferenceOf(IRenderedComponent<CheckInCard> cut, string selector) => cut.Find(selector).GetAttribute("blazor:elementReference");

    private static void AssertFocused(JSRuntimeInvocation focus, string? referenceId) =>
        Assert.Equal(referenceId, Assert.IsType<ElementReference>(focus.Arguments[0]).Id);

    [Fact]
    public async Task Closed_it_says_not_checked_in_yet_and_renders_no_form()
    {
        var (_, scope) = await MotherAsync();
        await using var _ = scope;

        var cut = RenderCard();

        Assert.Equal("Not checked in yet.", Summary(cut));
        Assert.Equal("Check in", Toggle(cut).TextContent.Trim());
        Assert.Equal("false", Toggle(cut).GetAttribute("aria-expanded"));
        Assert.Equal("check-in-form", Toggle(cut).GetAttribute("aria-controls"));
        Assert.Empty(cut.FindAll("input"));
        Assert.Empty(cut.FindAll(".mud-select"));
    }

    [Fact]
    public async Task Opening_moves_focus_into_the_form_and_saving_closes_it_shows_the_summary_and_refocuses_the_button()
    {
        var (checkIns, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderCard();
        var toggleReference = ReferenceOf(cut, "[data-testid=check-in-toggle]");
        Assert.False(string.IsNullOrEmpty(toggleReference));

        Toggle(cut).Click();

        Assert.Equal("true", Toggle(cut).GetAttribute("aria-expanded"));
        var form = cut.Find("#check-in-form");
        Assert.Equal(["Stress", "Digestive comfort", "Bristol stool type"], form.QuerySelectorAll(".mud-select label").Select(l => l.TextContent.Trim()));
        var sleep = cut.Find("#check-in-form input[data-testid=check-in-sleep]");
        AssertFocused(JSInterop.VerifyFocusAsyncInvoke(), ReferenceOf(cut, "#check-in-form input[data-testid=check-in-sleep]"));

        sleep.Change("7.5");
        cut.Find("input[data-testid=check-in-breathwork], [data-testid=check-in-breathwork] input").Change(true);
        cut.Find("[data-testid=save-check-in]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#check-in-form input")));
        Assert.Equal("Slept 7.5 h · breathwork", Summary(cut));
        Assert.Equal("Edit check-in", Toggle(cut).TextContent.Trim());
        Assert.Equal("false", Toggle(cut).GetAttribute("aria-expanded"));
        AssertFocused(JSInterop.VerifyFocusAsyncInvoke(calledTimes: 2)[1], toggleReference);
        var saved = await checkIns.GetAsync(Given.Today);
        Assert.Equal(7.5, saved.SleepHours);
        Assert.True(saved.Breathwork);
    }

    [Fact]
    public async Task Cancel_drops_her_changes_and_the_form_and_the_next_opening_starts_from_what_was_saved()
    {
        var (checkIns, scope) = await MotherAsync();
        await using var _ = scope;
        await checkIns.SaveAsync(Given.Today, new CheckInRequest { SleepHours = 8, Stress = 2 });
        var cut = RenderCard();
        Assert.Equal("Slept 8 h · stress 2 of 5", Summary(cut));

        Toggle(cut).Click();
        cut.Find("#check-in-form input[data-testid=check-in-sleep]").Change("5");
        cut.Find("[data-testid=cancel-check-in]").Click();

        Assert.Empty(cut.FindAll("#check-in-form input"));
        Assert.Equal("Slept 8 h · stress 2 of 5", Summary(cut));
        Assert.Equal(8, (await checkIns.GetAsync(Given.Today)).SleepHours);

        Toggle(cut).Click();
        Assert.Equal("8", cut.Find("#check-in-form input[data-testid=check-in-sleep]").GetAttribute("value"));
    }

    [Fact]
    public async Task An_invalid_value_keeps_the_form_open_with_its_message_and_saves_nothing()
    {
        var (checkIns, scope) = await MotherAsync();
        await using var _ = scope;
        var cut = RenderCard();

        Toggle(cut).Click();
        cut.Find("#check-in-form input[data-testid=check-in-sleep]").Change("25");
        cut.Find("[data-testid=save-check-in]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Sleep must be from 0 to 24 hours.", cut.Find("#check-in-form").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", Toggle(cut).GetAttribute("aria-expanded"));
        Assert.Null((await checkIns.GetAsync(Given.Today)).SleepHours);
    }
}
