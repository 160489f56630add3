using Bunit;
using Bunit.TestDoubles;
using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Tests.Components;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

public sealed class RecipeFormTests : MudTestContext
{
    public RecipeFormTests() => ComponentFactories.AddStub<IngredientPicker>();

    private IRenderedComponent<RecipeForm> RenderDal(RecipeRequest request, Func<RecipeRequest, Task>? onSave = null) =>
        Render<RecipeForm>(p => p
            .Add(x => x.Request, request)
            .Add(x => x.InitialLines, [new(RecipeTotalsTests.Lentils, 200), new(RecipeTotalsTests.Onion, 80), new(RecipeTotalsTests.Garlic, 6)])
            .Add(x => x.OnSave, onSave ?? (_ => Task.CompletedTask)));

    private static string Text(IRenderedComponent<RecipeForm> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    [Fact]
    public void The_totals_show_weight_serving_fiber_per_serving_and_plants()
    {
        var cut = RenderDal(new RecipeRequest { Name = "Dal", Servings = 2 });

        Assert.Equal("286 g", Text(cut, "total-grams"));
        Assert.Equal("143 g", Text(cut, "serving-grams"));
        Assert.Equal("8.6 g", Text(cut, "serving-fiber"));
        Assert.Equal("3", Text(cut, "plant-count"));
        Assert.Contains("Lentil", Text(cut, "plants"), StringComparison.Ordinal);
        Assert.DoesNotContain("lens-culinaris", cut.Markup.Replace("title=\"Lens culinaris\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_an_ingredient_and_changing_servings_update_the_totals_at_once()
    {
        var cut = RenderDal(new RecipeRequest { Name = "Dal", Servings = 2 });

        cut.Find("[aria-label='Remove Garlic, raw']").Click();
        cut.Find("input[data-testid=servings]").Input("4");

        Assert.Equal(2, cut.FindAll("[data-testid=ingredient]").Count);
        Assert.Equal("280 g", Text(cut, "total-grams"));
        Assert.Equal("70 g", Text(cut, "serving-grams"));
        Assert.Equal("2", Text(cut, "plant-count"));
    }

    [Fact]
    public async Task Adding_a_food_already_in_the_recipe_adds_its_grams_to_the_same_row()
    {
        var cut = RenderDal(new RecipeRequest { Name = "Dal", Servings = 2 });
        var onAdd = cut.FindComponent<Stub<IngredientPicker>>().Instance.Parameters.Get(x => x.OnAdd);

        await cut.InvokeAsync(() => onAdd.InvokeAsync(new IngredientLine(RecipeTotalsTests.Onion, 20)));
        await cut.InvokeAsync(() => onAdd.InvokeAsync(new IngredientLine(RecipeTotalsTests.Salt, 2)));

        Assert.Equal(4, cut.FindAll("[data-testid=ingredient]").Count);
        Assert.Equal("308 g", Text(cut, "total-grams"));
    }

    [Fact]
    public void Save_sends_the_rows_as_ingredients_and_shows_the_services_messages()
    {
        RecipeRequest? sent = null;
        var cut = RenderDal(new RecipeRequest { Name = "Dal", Servings = 2 }, r =>
        {
            sent = r;
            throw new ValidationException([new ValidationFailure("Ingredients[1].Grams", "Ingredient grams must be at most 5,000.")]);
        });

        cut.Find("[data-testid=save-recipe]").Click();

        Assert.Equal([(1, 200.0), (2, 80.0), (3, 6.0)], sent!.Ingredients.Select(i => (i.FoodId, i.Grams)));
        Assert.Contains("Ingredient grams must be at most 5,000.", cut.FindAll("[data-testid=ingredient]")[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=form-errors]"));
    }

    [Fact]
    public void A_new_recipe_shows_the_empty_state_and_zero_totals()
    {
        var cut = Render<RecipeForm>(p => p.Add(x => x.Request, new RecipeRequest()).Add(x => x.OnSave, _ => Task.CompletedTask));

        Assert.NotNull(cut.Find("[data-testid=no-ingredients]"));
        Assert.Equal("0 g", Text(cut, "total-grams"));
        Assert.Equal("0", Text(cut, "plant-count"));
        Assert.Null(cut.FindComponent<Stub<IngredientPicker>>().Instance.Parameters.Get(x => x.RecipeId));
    }
}
