using Bunit;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Today;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class ScoreBoardTests : MudTestContext
{
    [Fact]
    public void An_empty_day_shows_score_zero_and_asks_for_a_first_food()
    {
        var cut = Render<ScoreBoard>(p => p.Add(x => x.Score, Given.ScoredDay()).Add(x => x.References, Given.References));

        Assert.Equal("0", cut.Find("[data-testid=overall-score]").TextContent.Trim());
        Assert.Contains("Log a food to start today's score.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=warning]"));
    }

    [Fact]
    public void Every_target_of_the_stage_gets_a_bar_with_its_actual_and_target_numbers()
    {
        var score = Given.ScoredDay((TestFoods.Lentils, 200));

        var cut = Render<ScoreBoard>(p => p.Add(x => x.Score, score).Add(x => x.References, Given.References));

        var targets = cut.FindAll("[data-testid=target]");
        Assert.Equal(score.Targets.Count, targets.Count);
        var fiber = cut.Find($"[data-testid=target][data-metric={Metric.Fiber}] [data-testid=target-value]");
        Assert.Equal("15.8 g · goal 28 g", fiber.TextContent.Trim());
        Assert.Equal(score.Overall.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("[data-testid=overall-score]").TextContent.Trim());
    }

    [Fact]
    public void A_soft_cheese_in_pregnancy_shows_a_warning_naming_it_with_its_source()
    {
        var cut = Render<ScoreBoard>(p => p.Add(x => x.Score, Given.ScoredDay((TestFoods.Brie, 30))).Add(x => x.References, Given.References));

        var warning = cut.Find("[data-testid=warning]");
        Assert.Contains("Cheese, brie", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("Listeria and pregnancy", warning.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_fiber_and_fermented_targets_shows_the_synergy_badge_and_its_unverified_source()
    {
        var score = Given.ScoredDay((TestFoods.Lentils, 400), (TestFoods.Kefir, 340));
        Assert.True(score.Synergy);

        var cut = Render<ScoreBoard>(p => p.Add(x => x.Score, score).Add(x => x.References, Given.References));

        Assert.NotNull(cut.Find("[data-testid=synergy]"));
        Assert.Contains("Unverified", cut.Find("[data-testid=synergy-detail]").TextContent, StringComparison.Ordinal);
    }
}
