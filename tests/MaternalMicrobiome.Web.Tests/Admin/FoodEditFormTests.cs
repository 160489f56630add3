using Bunit;
using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Components;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class FoodEditFormTests : MudTestContext
{
    [Fact]
    public void Portion_rows_are_added_and_removed_and_each_input_is_labelled()
    {
        Render<MudPopoverProvider>();
        var request = TestFoods.NewFood();
        request.Portions.Add(new PortionEdit { Description = "1 tbsp", Grams = 10 });
        var cut = Render<FoodEditForm>(p => p.Add(x => x.Request, request).Add(x => x.IsNew, true));

        Assert.Equal(2, cut.FindAll("[data-testid=portion-row]").Count);
        cut.Find("[data-testid=add-portion]").Click();
        Assert.Equal(3, cut.FindAll("[data-testid=portion-row]").Count);
        Assert.Equal(3, request.Portions.Count);

        cut.FindAll("[data-testid=remove-portion]")[0].Click();

        Assert.Equal(["1 tbsp", string.Empty], request.Portions.Select(p => p.Description));
        Assert.Equal("Remove portion 1", cut.FindAll("[data-testid=remove-portion]")[0].GetAttribute("aria-label"));
        Assert.Contains("Portion 2 grams", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Prenatal_nutrients_are_edited_beside_the_others_and_an_unknown_one_is_empty()
    {
        Render<MudPopoverProvider>();
        var request = TestFoods.NewFood();
        request[FoodNutrients.Iron] = 2.5;
        var cut = Render<FoodEditForm>(p => p.Add(x => x.Request, request).Add(x => x.IsNew, true));

        Assert.Contains("Iodine (µg)", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cut.Find("input[data-testid=nutrient-IodineUg]").GetAttribute("value") ?? string.Empty);
        Assert.Equal("2.5", cut.Find("input[data-testid=nutrient-IronMg]").GetAttribute("value"));

        cut.Find("input[data-testid=nutrient-FolateDfeUg]").Change("290");

        Assert.Equal(290, request[FoodNutrients.FolateDfe]);
        Assert.Null(request[FoodNutrients.Iodine]);
    }

    [Fact]
    public void The_services_messages_appear_next_to_their_fields_and_in_the_summary_and_the_key_is_locked_when_editing()
    {
        Render<MudPopoverProvider>();
        var request = TestFoods.NewFood();
        ValidationFailure[] errors =
        [
            new(FoodNutrients.Fiber.Name, "Fiber must not be negative."),
            new("Portions[0].Grams", "Portion 1: grams must be more than 0."),
        ];
        var cut = Render<FoodEditForm>(p => p.Add(x => x.Request, request).Add(x => x.IsNew, false)
            .Add(x => x.OnSave, () => throw new ValidationException(errors)));

        cut.Find("[data-testid=food-form]").Submit();

        var summary = cut.Find("[data-testid=food-errors]").TextContent;
        Assert.Contains("Fiber must not be negative.", summary, StringComparison.Ordinal);
        Assert.Contains("Fiber must not be negative.", cut.Find("[data-testid=nutrient-FiberG]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Portion 1: grams must be more than 0.", cut.Find("[data-testid=portion-row]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("input[data-testid=food-key]").HasAttribute("disabled"));
    }

    [Fact]
    public void Saving_calls_back_once()
    {
        Render<MudPopoverProvider>();
        var saves = 0;
        var cut = Render<FoodEditForm>(p => p.Add(x => x.Request, TestFoods.NewFood()).Add(x => x.OnSave, () => saves++));

        cut.Find("[data-testid=food-form]").Submit();

        Assert.Equal(1, saves);
    }

    [Fact]
    public void A_nutrients_message_goes_when_the_form_is_given_another_food()
    {
        Render<MudPopoverProvider>();
        var cut = Render<FoodEditForm>(p => p.Add(x => x.Request, TestFoods.NewFood()).Add(x => x.IsNew, false));
        cut.Find("input[data-testid=nutrient-FiberG]").Change("-1");
        Assert.Contains("Fiber must not be negative.", cut.Markup, StringComparison.Ordinal);

        // The editor's "Load the saved version" swaps the request under the open form.
        cut.Render(p => p.Add(x => x.Request, TestFoods.NewFood()));

        Assert.DoesNotContain("Fiber must not be negative.", cut.Markup, StringComparison.Ordinal);
        Assert.NotEqual("true", cut.Find("input[data-testid=nutrient-FiberG]").GetAttribute("aria-invalid"));
    }
}
