using Bunit;
using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Tests.MyFoods;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>
/// Forms run the service's validator while she edits (a field's message as soon as she changes it, before any save) and
/// show the service's own ValidationException messages the same way, next to their fields.
/// </summary>
public sealed class FormValidationTests : MudTestContext
{
    public FormValidationTests()
    {
        ComponentFactories.AddStub<SpeciesPicker>();
        ComponentFactories.AddStub<IngredientPicker>();
    }

    private static string FieldText(AngleSharp.Dom.IElement input) => input.Closest(".mud-input-control")!.TextContent;

    [Fact]
    public void A_custom_food_field_shows_its_message_as_she_edits_it_and_only_that_field()
    {
        var saves = 0;
        var request = new CustomFoodRequest { FoodGroup = "Baked Products" };
        var cut = Render<CustomFoodForm>(p => p.Add(x => x.Request, request).Add(x => x.OnSave, _ => Task.FromResult(saves++)));

        cut.Find("input[data-testid=fiber]").Change("-1");

        var fiber = cut.Find("input[data-testid=fiber]");
        Assert.Equal("true", fiber.GetAttribute("aria-invalid"));
        Assert.Contains("must be 0 or more.", FieldText(fiber), StringComparison.Ordinal);
        // The empty name is wrong too, but she has not been there yet, and nothing was saved or summarised.
        Assert.DoesNotContain("Name is required.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=form-errors]"));
        Assert.Equal(0, saves);

        cut.Find("input[data-testid=fiber]").Change("3");

        Assert.DoesNotContain("must be 0 or more.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_an_invalid_food_shows_every_message_by_field_and_never_reaches_the_service()
    {
        var saves = 0;
        var cut = Render<CustomFoodForm>(p => p.Add(x => x.Request, new CustomFoodRequest()).Add(x => x.OnSave, _ => Task.FromResult(saves++)));

        cut.Find("[data-testid=save-food]").Click();

        Assert.Equal(0, saves);
        Assert.Contains("Name is required.", FieldText(cut.Find("input[data-testid=food-name]")), StringComparison.Ordinal);
        Assert.Contains("Name is required.", cut.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_only_the_server_checks_lands_next_to_its_field_and_goes_when_she_changes_it()
    {
        const string taken = "You already have a food with this name.";
        var cut = Render<CustomFoodForm>(p => p.Add(x => x.Request, TestFoods.Sourdough())
            .Add(x => x.OnSave, _ => throw new ValidationException([new ValidationFailure(nameof(CustomFoodRequest.Name), taken)])));

        cut.Find("[data-testid=save-food]").Click();

        var name = cut.Find("input[data-testid=food-name]");
        Assert.Equal("true", name.GetAttribute("aria-invalid"));
        Assert.Contains(taken, FieldText(name), StringComparison.Ordinal);

        cut.Find("input[data-testid=food-name]").Change("Grandma's other sourdough");

        Assert.DoesNotContain(taken, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_message_about_something_without_a_field_shows_on_the_form()
    {
        const string message = "Your food list is full.";
        var cut = Render<CustomFoodForm>(p => p.Add(x => x.Request, TestFoods.Sourdough())
            .Add(x => x.OnSave, _ => throw new ValidationException([new ValidationFailure("Quota", message)])));

        cut.Find("[data-testid=save-food]").Click();

        Assert.Contains(message, cut.Find("[data-testid=custom-food-form] .field-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipe_servings_and_ingredient_grams_show_their_messages_as_she_types()
    {
        var cut = Render<RecipeForm>(p => p
            .Add(x => x.Request, new RecipeRequest { Name = "Dal", Servings = 2 })
            .Add(x => x.InitialLines, [new(RecipeTotalsTests.Lentils, 200), new(RecipeTotalsTests.Onion, 80)])
            .Add(x => x.OnSave, _ => Task.CompletedTask));

        cut.Find("input[data-testid=servings]").Input("0");
        cut.FindAll("input[data-testid=line-grams]")[1].Input("0");

        Assert.Contains("Servings must be 1 to 50.", FieldText(cut.Find("input[data-testid=servings]")), StringComparison.Ordinal);
        var onion = cut.FindAll("[data-testid=ingredient]")[1];
        Assert.Contains("Ingredient grams must be more than 0.", onion.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingredient grams", cut.FindAll("[data-testid=ingredient]")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_outside_its_safe_range_is_named_next_to_it_before_she_saves()
    {
        var stage = LifeStage.Pregnant(new DateOnly(2026, 9, 1), new DateOnly(2026, 5, 1));
        var rows = DefaultTargets.For(stage).Targets.Select(d => new ClientTargetRow(
            d.Metric, d.Title, d.Unit, d.Direction, d.Value, d.Weight, null, null, d.Value, d.Weight, TargetBounds.For(d.Metric, stage))).ToList();
        var view = new ClientTargetsView(stage.Describe(), rows, []);
        var saves = 0;
        var cut = Render<ClientTargetsEditor>(p => p.Add(x => x.View, view).Add(x => x.Request, view.ToRequest())
            .Add(x => x.OnSave, _ => Task.FromResult(saves++)));

        cut.Find("[data-testid=target-edit][data-metric=BeverageWater] input[data-testid=target-value-input]").Change("100");

        var water = cut.Find("[data-testid=target-edit][data-metric=BeverageWater] input[data-testid=target-value-input]");
        Assert.Contains("must be between 1,500 mL and 5,000 mL", FieldText(water), StringComparison.Ordinal);
        cut.Find("[data-testid=save-targets]").Click();
        Assert.Equal(0, saves);
    }

    [Fact]
    public void The_admin_food_editor_names_an_emptied_field_as_she_leaves_it()
    {
        Render<MudPopoverProvider>();
        var cut = Render<FoodEditForm>(p => p.Add(x => x.Request, TestFoods.NewFood()).Add(x => x.IsNew, true));

        cut.Find("input[data-testid=food-name]").Change(string.Empty);

        Assert.Contains("Name is required.", FieldText(cut.Find("input[data-testid=food-name]")), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=food-errors]"));
    }
}
