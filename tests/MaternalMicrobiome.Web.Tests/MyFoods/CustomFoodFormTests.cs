using Bunit;
using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Tests.Components;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

public sealed class CustomFoodFormTests : MudTestContext
{
    public CustomFoodFormTests() => ComponentFactories.AddStub<SpeciesPicker>();

    private IRenderedComponent<CustomFoodForm> RenderForm(CustomFoodRequest request, Func<CustomFoodRequest, Task> onSave) =>
        Render<CustomFoodForm>(p => p.Add(x => x.Request, request).Add(x => x.OnSave, onSave));

    [Fact]
    public void Every_input_has_a_label()
    {
        var cut = RenderForm(new CustomFoodRequest(), _ => Task.CompletedTask);

        var labels = cut.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        foreach (var expected in new[]
                 {
                     "Name", "Food group", "Processing (NOVA group)", "Energy (kcal)", "Fiber (g)", "Total sugars (g)", "Added sugars (g)", "Water (g)",
                     "Caffeine (mg)", "Reference serving (g)", "Portion 1: description", "Portion 1: grams", "Fermented", "Prebiotic-rich", "It is a drink",
                 })
        {
            Assert.Contains(labels, l => l.StartsWith(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Each_prenatal_nutrient_has_a_labelled_optional_field_and_an_emptied_one_is_unknown()
    {
        var request = TestFoods.Sourdough();
        var cut = RenderForm(request, _ => throw new ValidationException([new ValidationFailure("IodineUg", "Iodine must be 0 or more.")]));

        var labels = cut.Find("[data-testid=prenatal-nutrients]").QuerySelectorAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Folate (DFE) (µg)", "Iron (mg)", "Choline (mg)", "DHA (g)", "EPA (g)", "Vitamin D (µg)", "Vitamin B12 (µg)", "Calcium (mg)", "Iodine (µg)"],
            labels);
        cut.Find("input[data-testid=nutrient-IodineUg]").Change("150");
        cut.Find("input[data-testid=nutrient-DhaG]").Change("0.25");
        Assert.Equal((150, 0.25), (request.IodineUg, request.DhaG));
        cut.Find("input[data-testid=nutrient-IodineUg]").Change(string.Empty);
        Assert.Null(request.IodineUg);

        cut.Find("[data-testid=save-food]").Click();
        var iodine = cut.Find("input[data-testid=nutrient-IodineUg]");
        Assert.Equal("true", iodine.GetAttribute("aria-invalid"));
        Assert.Contains("Iodine must be 0 or more.", iodine.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticking_live_cultures_ticks_fermented_too()
    {
        var request = new CustomFoodRequest();
        var cut = RenderForm(request, _ => Task.CompletedTask);

        cut.Find("input[data-testid=live-cultures]").Change(true);

        Assert.True(request.HasLiveCultures);
        Assert.True(request.IsFermented);
    }

    [Fact]
    public void The_services_messages_show_next_to_their_fields_and_in_a_summary()
    {
        var cut = RenderForm(TestFoods.Sourdough(), _ => throw new ValidationException(
        [
            new ValidationFailure(nameof(CustomFoodRequest.FiberG), "Fiber must be 0 or more."),
            new ValidationFailure("Portions[0].Grams", "Portion grams must be more than 0."),
        ]));

        cut.Find("[data-testid=save-food]").Click();

        var fiber = cut.Find("input[data-testid=fiber]");
        Assert.Equal("true", fiber.GetAttribute("aria-invalid"));
        Assert.Contains("Fiber must be 0 or more.", fiber.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Portion grams must be more than 0.", cut.Find("[data-testid=portion]").TextContent, StringComparison.Ordinal);
        var summary = cut.Find("[data-testid=form-errors] [role=alert]").TextContent;
        Assert.Contains("Fiber must be 0 or more.", summary, StringComparison.Ordinal);
        Assert.Contains("Portion grams must be more than 0.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Portions_can_be_added_and_removed()
    {
        var request = TestFoods.Sourdough();
        var cut = RenderForm(request, _ => Task.CompletedTask);

        cut.Find("[data-testid=add-portion]").Click();
        Assert.Equal(2, cut.FindAll("[data-testid=portion]").Count);
        cut.FindAll("[data-testid=remove-portion]")[0].Click();

        var left = Assert.Single(request.Portions);
        Assert.Equal(string.Empty, left.Description);
        Assert.Equal("Remove portion 1", cut.Find("[data-testid=remove-portion]").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_successful_save_hands_over_the_request_and_clears_old_messages()
    {
        var attempts = 0;
        CustomFoodRequest? saved = null;
        var cut = RenderForm(TestFoods.Sourdough(), r =>
        {
            if (attempts++ == 0)
            {
                throw new ValidationException([new ValidationFailure("Name", "Name is required.")]);
            }

            saved = r;
            return Task.CompletedTask;
        });

        cut.Find("[data-testid=save-food]").Click();
        Assert.NotNull(cut.Find("[data-testid=form-errors]"));
        cut.Find("[data-testid=save-food]").Click();

        Assert.Equal("Grandma's rye sourdough", saved?.Name);
        Assert.Empty(cut.FindAll("[data-testid=form-errors]"));
    }
}
