using Bunit;
using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Tests.Components;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

public sealed class ClientTargetsEditorTests : MudTestContext
{
    private static readonly LifeStage Pregnant = LifeStage.Pregnant(new DateOnly(2026, 9, 1), new DateOnly(2026, 5, 1));

    /// <summary>Her pregnancy targets, with fiber already set to 35 g by her nutritionist.</summary>
    private static ClientTargetsView View()
    {
        var rows = DefaultTargets.For(Pregnant).Targets.Select(d => new ClientTargetRow(
            d.Metric, d.Title, d.Unit, d.Direction, d.Value, d.Weight,
            d.Metric == Metric.Fiber ? 35 : null, null, d.Metric == Metric.Fiber ? 35 : d.Value, d.Weight, TargetBounds.For(d.Metric, Pregnant))).ToList();
        return new ClientTargetsView(Pregnant.Describe(), rows, []);
    }

    private IRenderedComponent<ClientTargetsEditor> RenderEditor(ClientTargetsView view, ClientTargetsRequest request, Func<ClientTargetsRequest, Task> onSave) =>
        Render<ClientTargetsEditor>(p => p.Add(x => x.View, view).Add(x => x.Request, request).Add(x => x.OnSave, onSave));

    [Fact]
    public void Each_target_shows_its_default_and_safe_range_and_labelled_inputs()
    {
        var view = View();
        var cut = RenderEditor(view, view.ToRequest(), _ => Task.CompletedTask);

        var caffeine = cut.Find("[data-testid=target-edit][data-metric=Caffeine]");
        Assert.Contains("Default 200 mg · safe range 0 mg to 200 mg", caffeine.TextContent, StringComparison.Ordinal);
        var water = cut.Find("[data-testid=target-edit][data-metric=BeverageWater]");
        Assert.Contains("safe range 1,500 mL to 5,000 mL", water.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dietary fiber target in g", cut.Find("[data-testid=target-edit][data-metric=Fiber] input[data-testid=target-value-input]").GetAttribute("aria-label"));
        Assert.Equal("35", cut.Find("[data-testid=target-edit][data-metric=Fiber] input[data-testid=target-value-input]").GetAttribute("value"));
    }

    [Fact]
    public void Plant_counting_is_one_stated_rule_with_no_choice_to_make()
    {
        var view = View();
        var cut = RenderEditor(view, view.ToRequest(), _ => Task.CompletedTask);

        Assert.Equal(PlantCountingRule.Sentence, cut.Find("[data-testid=plant-counting-rule]").TextContent.Trim());
        Assert.Equal("Each plant species counts once a week; herbs, spices, coffee, tea and cocoa count a quarter.", PlantCountingRule.Sentence);
        Assert.Empty(cut.FindAll("input[type=radio]"));
        Assert.Empty(cut.FindAll("[role=radiogroup]"));
        Assert.Empty(cut.FindAll("[data-testid=plant-counting]"));
    }

    [Fact]
    public void Reset_to_default_clears_the_value_and_is_disabled_when_already_default()
    {
        var view = View();
        var request = view.ToRequest();
        var cut = RenderEditor(view, request, _ => Task.CompletedTask);

        Assert.True(cut.Find("[data-testid=target-edit][data-metric=Caffeine] button[data-testid=reset-target]").HasAttribute("disabled"));
        var reset = cut.Find("[data-testid=target-edit][data-metric=Fiber] button[data-testid=reset-target]");
        Assert.Equal("Reset to default: Dietary fiber", reset.GetAttribute("aria-label"));
        reset.Click();

        Assert.Null(request.Targets.Single(t => t.Metric == Metric.Fiber).Value);
    }

    [Fact]
    public void The_services_bound_message_shows_next_to_its_field_and_in_the_summary()
    {
        var view = View();
        var request = view.ToRequest();
        var water = request.Targets.FindIndex(t => t.Metric == Metric.BeverageWater);
        var cut = RenderEditor(view, request, _ => throw new ValidationException(
            [new ValidationFailure($"Targets[{water}].Value", "Water from drinks target must be between 1,500 mL and 5,000 mL.")]));

        cut.Find("[data-testid=save-targets]").Click();

        var input = cut.Find("[data-testid=target-edit][data-metric=BeverageWater] input[data-testid=target-value-input]");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("must be between 1,500 mL and 5,000 mL", cut.Find("[data-testid=target-edit][data-metric=BeverageWater]").TextContent, StringComparison.Ordinal);
        Assert.Contains("must be between 1,500 mL and 5,000 mL", cut.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_hands_over_the_edited_values()
    {
        var view = View();
        ClientTargetsRequest? saved = null;
        var cut = RenderEditor(view, view.ToRequest(), r =>
        {
            saved = r;
            return Task.CompletedTask;
        });

        cut.Find("[data-testid=target-edit][data-metric=PlantsPerWeek] input[data-testid=target-value-input]").Change("25");
        cut.Find("[data-testid=target-edit][data-metric=PlantsPerWeek] input[data-testid=target-weight-input]").Change("3");
        cut.Find("[data-testid=save-targets]").Click();

        var plants = saved!.Targets.Single(t => t.Metric == Metric.PlantsPerWeek);
        Assert.Equal((25.0, 3.0), (plants.Value, plants.Weight));
        Assert.Empty(cut.FindAll("[data-testid=form-errors]"));
    }
}
