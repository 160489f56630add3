using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

/// <summary>The service refuses a bad food or recipe with messages that name the field, and saves nothing.</summary>
public sealed class MyFoodsValidationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<(AsyncServiceScope Scope, MyFoodsService MyFoods)> SignedInMotherAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        return (scope, scope.ServiceProvider.GetRequiredService<MyFoodsService>());
    }

    [Fact]
    public async Task A_negative_fiber_is_refused_naming_fiber()
    {
        var (scope, myFoods) = await SignedInMotherAsync();
        await using var _ = scope;
        var request = TestFoods.Sourdough();
        request.FiberG = -1;

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.CreateCustomFoodAsync(request));

        var failure = Assert.Single(error.Errors);
        Assert.Equal((nameof(CustomFoodRequest.FiberG), "Fiber must be 0 or more."), (failure.PropertyName, failure.ErrorMessage));
        Assert.Empty(await myFoods.ListAsync());
    }

    [Fact]
    public async Task Live_cultures_without_a_serving_are_refused_naming_the_serving_size()
    {
        var (scope, myFoods) = await SignedInMotherAsync();
        await using var _ = scope;
        var kefir = TestFoods.Sourdough();
        kefir.Name = "Home-made water kefir";
        kefir.IsFermented = true;
        kefir.HasLiveCultures = true;
        kefir.ServingGrams = null;

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.CreateCustomFoodAsync(kefir));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(CustomFoodRequest.ServingGrams)
            && e.ErrorMessage == "Serving size is required for a food with live cultures: it counts your fermented servings.");
        Assert.Empty(await myFoods.ListAsync());
    }

    [Fact]
    public async Task A_recipe_with_no_ingredients_is_refused_naming_the_ingredients()
    {
        var (scope, myFoods) = await SignedInMotherAsync();
        await using var _ = scope;

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.CreateRecipeAsync(TestFoods.Recipe("Empty pot", 2)));

        var failure = Assert.Single(error.Errors);
        Assert.Equal((nameof(RecipeRequest.Ingredients), "Ingredients: add at least one ingredient."), (failure.PropertyName, failure.ErrorMessage));
        Assert.Empty(await myFoods.ListAsync());
    }

    [Fact]
    public async Task A_second_food_with_the_same_name_is_refused_naming_the_name()
    {
        var (scope, myFoods) = await SignedInMotherAsync();
        await using var _ = scope;
        await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
        var again = TestFoods.Sourdough();
        again.Name = "  GRANDMA'S RYE SOURDOUGH ";

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.CreateCustomFoodAsync(again));

        Assert.Equal(nameof(CustomFoodRequest.Name), Assert.Single(error.Errors).PropertyName);
        Assert.Single(await myFoods.ListAsync());
    }

    [Fact]
    public async Task An_edit_that_breaks_a_rule_leaves_the_food_as_it_was()
    {
        var (scope, myFoods) = await SignedInMotherAsync();
        await using var _ = scope;
        var id = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
        var edit = TestFoods.Sourdough();
        edit.Portions = [];

        await Assert.ThrowsAsync<ValidationException>(() => myFoods.UpdateCustomFoodAsync(id, edit));

        Assert.Equal("1 slice", Assert.Single((await myFoods.GetCustomFoodAsync(id)).Portions).Description);
    }
}
