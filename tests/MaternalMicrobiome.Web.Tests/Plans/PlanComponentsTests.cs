using Bunit;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Components;

namespace MaternalMicrobiome.Web.Tests.Plans;

public sealed class PlanComponentsTests : MudTestContext
{
    [Fact]
    public void The_adherence_panel_shows_logged_of_planned_and_both_scores_per_day()
    {
        var adherence = new PlanAdherence(
        [
            new AdherenceDay(Given.Today, 4, 3, 72, 65),
            new AdherenceDay(Given.Today.AddDays(1), 0, 0, 0, null),
        ]);

        var cut = Render<PlanAdherencePanel>(p => p.Add(x => x.Adherence, adherence));

        Assert.Equal("3 of 4", cut.Find("[data-testid=adherence-total]").TextContent.Trim());
        Assert.Contains("75%", cut.Find("[data-testid=plan-adherence]").TextContent, StringComparison.Ordinal);
        var rows = cut.FindAll("[data-testid=adherence-day]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("3 / 4", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("65", rows[0].QuerySelector("[data-testid=actual-score]")!.TextContent.Trim());
        Assert.Equal("not yet", rows[1].QuerySelector("[data-testid=actual-score]")!.TextContent.Trim());
    }

    [Fact]
    public void The_scoreboard_names_a_planned_day_instead_of_today()
    {
        var cut = Render<ScoreBoard>(p => p
            .Add(x => x.Score, Given.ScoredDay())
            .Add(x => x.References, Given.References)
            .Add(x => x.Title, "Planned score, Tuesday 10 March 2026")
            .Add(x => x.EmptyText, "Nothing planned for this day yet."));

        Assert.Contains("Planned score, Tuesday 10 March 2026", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Nothing planned for this day yet.", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Today's gut-health score", cut.Markup, StringComparison.Ordinal);
    }
}
