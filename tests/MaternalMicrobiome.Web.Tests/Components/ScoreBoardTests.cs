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

    [Fact]
    public void A_closed_target_renders_no_details_and_opening_it_works_its_contributions_out_then()
    {
        var full = Given.ScoredDay((TestFoods.Lentils, 200), (TestFoods.Onion, 50));
        var numbers = DayScorer.ScoreNumbers(Given.Today, [new ConsumedFood(TestFoods.Lentils, 200, Given.Today), new ConsumedFood(TestFoods.Onion, 50, Given.Today)],
            DefaultTargets.For(Given.Pregnant), Given.Pregnant);
        var asked = new List<Metric>();
        TargetResult Details(Metric metric)
        {
            asked.Add(metric);
            return full.For(metric)!;
        }

        var cut = Render<ScoreBoard>(p => p.Add(x => x.Score, numbers).Add(x => x.References, Given.References).Add(x => x.Details, Details));

        Assert.Empty(cut.FindAll("[data-testid=target-details]"));
        Assert.Empty(asked);
        var toggle = cut.Find($"[data-testid=target][data-metric={Metric.Fiber}] button[data-testid=target-toggle]");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        var region = cut.Find($"#{toggle.GetAttribute("aria-controls")}");
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal(toggle.Id, region.GetAttribute("aria-labelledby"));
        Assert.True(region.HasAttribute("hidden"));

        toggle.Click();

        Assert.Equal([Metric.Fiber], asked);
        Assert.Equal("true", cut.Find($"[data-testid=target][data-metric={Metric.Fiber}] button[data-testid=target-toggle]").GetAttribute("aria-expanded"));
        Assert.False(cut.Find($"#{toggle.GetAttribute("aria-controls")}").HasAttribute("hidden"));
        var details = Assert.Single(cut.FindAll($"[data-testid=target][data-metric={Metric.Fiber}] [role=region] [data-testid=target-details]"));
        Assert.Equal(["Lentils, cooked", "Onions, raw"], details.QuerySelectorAll("[data-testid=contributions] tbody tr").Select(r => r.QuerySelectorAll("td")[0].TextContent));

        cut.Find($"[data-testid=target][data-metric={Metric.Fiber}] button[data-testid=target-toggle]").Click();

        Assert.Empty(cut.FindAll("[data-testid=target-details]"));
        Assert.Equal("false", cut.Find($"[data-testid=target][data-metric={Metric.Fiber}] button[data-testid=target-toggle]").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void A_new_score_refreshes_the_details_of_an_open_target()
    {
        var before = Given.ScoredDay((TestFoods.Lentils, 200));
        var after = Given.ScoredDay((TestFoods.Lentils, 200), (TestFoods.Onion, 50));
        var cut = Render<ScoreBoard>(p => p.Add(x => x.Score, before).Add(x => x.References, Given.References));
        cut.Find($"[data-testid=target][data-metric={Metric.Fiber}] button[data-testid=target-toggle]").Click();
        Assert.Single(cut.FindAll("[data-testid=contributions] tbody tr"));

        cut.Render(p => p.Add(x => x.Score, after));

        Assert.Equal(2, cut.FindAll("[data-testid=contributions] tbody tr").Count);
    }
}
