using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

/// <summary>A recipe is scored as its ingredients: each one's plants and fiber count, shared by the servings.</summary>
public sealed class RecipeTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    // seeds/foods.csv, fiber_g per 100 g: usda-16070 lentils 7.9, usda-11282 onion 1.7, usda-11215 garlic 2.1.
    private const double LentilFiber = 7.9;
    private const double OnionFiber = 1.7;
    private const double GarlicFiber = 2.1;

    private static readonly DateOnly Day = Given.Today;

    private async Task<(AsyncServiceScope Scope, MyFoodsService MyFoods, int Lentils, int Onion, int Garlic)> SignedInMotherAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        return (
            scope,
            scope.ServiceProvider.GetRequiredService<MyFoodsService>(),
            await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey),
            await Given.FoodIdAsync(factory.Services, TestFoods.OnionKey),
            await Given.FoodIdAsync(factory.Services, TestFoods.GarlicKey));
    }

    [Fact]
    public async Task A_dal_logged_as_one_of_two_servings_counts_three_plants_and_half_the_fiber_of_its_ingredients()
    {
        var (scope, myFoods, lentils, onion, garlic) = await SignedInMotherAsync();
        await using var _ = scope;
        var dal = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Lentil dal", 2, (lentils, 200), (onion, 80), (garlic, 6)));

        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        await log.AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Dinner, FoodId = dal, Unit = QuantityUnit.Portion, Amount = 1, PortionDescription = MyFoodsService.ServingPortion,
        });
        var day = await log.GetDayAsync(Day);

        // By hand: the whole pot holds (200 × 7.9 + 80 × 1.7 + 6 × 2.1) / 100 = 17.286 g of fiber; one of two servings is half.
        var expectedFiber = (200 * LentilFiber + 80 * OnionFiber + 6 * GarlicFiber) / 100 / 2;
        Assert.Equal(8.643, expectedFiber, 9);
        Assert.Equal(143, Assert.Single(day.Entries).Grams);
        Assert.Equal(expectedFiber, day.Score.For(Metric.Fiber)!.Actual, 9);
        var plants = day.Score.For(Metric.PlantsPerDay)!;
        Assert.Equal(3, plants.Actual);
        Assert.Equal(["allium-cepa", "allium-sativum", "lens-culinaris"], day.Details(Metric.PlantsPerDay).Contributions.Select(c => c.Detail).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_recipe_row_carries_its_serving_portion_per_100_g_nutrients_and_all_its_plants_for_the_catalog()
    {
        var (scope, myFoods, lentils, onion, garlic) = await SignedInMotherAsync();
        await using var _ = scope;

        var dal = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Lentil dal", 2, (lentils, 200), (onion, 80), (garlic, 6)));

        var stored = await Given.StoredFoodAsync(factory.Services, dal);
        Assert.Equal(MyFoodChoices.RecipeGroup, stored.FoodGroup);
        Assert.Equal(2, stored.RecipeServings);
        Assert.Equal(3, stored.Ingredients.Count);
        var serving = Assert.Single(stored.Portions);
        Assert.Equal((MyFoodsService.ServingPortion, 143.0), (serving.Description, serving.Grams));
        Assert.Equal((200 * LentilFiber + 80 * OnionFiber + 6 * GarlicFiber) / 286, stored.FiberG!.Value, 9);
        Assert.Equal(["lens-culinaris", "allium-cepa", "allium-sativum"], stored.PlantSpecies);
        var hits = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentil dal");
        Assert.Equal(dal, hits[0].Id);
        var listed = Assert.Single(await myFoods.ListAsync());
        Assert.True(listed.IsRecipe);
        Assert.Equal(3, listed.IngredientCount);
    }

    [Fact]
    public async Task She_can_use_her_own_custom_food_in_a_recipe_and_editing_the_food_refreshes_the_recipe()
    {
        var (scope, myFoods, lentils, _, _) = await SignedInMotherAsync();
        await using var __ = scope;
        var bread = TestFoods.Sourdough();
        var breadId = await myFoods.CreateCustomFoodAsync(bread);
        var toast = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Dal on toast", 1, (breadId, 100), (lentils, 100)));
        Assert.Equal((6.5 + LentilFiber) / 2, (await Given.StoredFoodAsync(factory.Services, toast)).FiberG!.Value, 9);

        bread.FiberG = 12.1;
        await myFoods.UpdateCustomFoodAsync(breadId, bread);

        var refreshed = await Given.StoredFoodAsync(factory.Services, toast);
        Assert.Equal((12.1 + LentilFiber) / 2, refreshed.FiberG!.Value, 9);
        Assert.Equal(["secale-cereale", "lens-culinaris"], refreshed.PlantSpecies);
    }

    [Fact]
    public async Task A_salmon_and_lentil_recipe_carries_their_omega_3_and_choline_but_not_an_iodine_value_neither_has()
    {
        // seeds/usda-prenatal-nutrients.csv per 100 g: usda-15086 sockeye salmon, cooked: DHA 0.560 g, EPA 0.299 g,
        // choline 112.6 mg, iodine unknown; usda-16070 lentils: DHA 0, EPA 0, choline 32.7 mg, iodine unknown;
        // usda-15076 Atlantic salmon, raw: choline unknown.
        var (scope, myFoods, lentils, _, _) = await SignedInMotherAsync();
        await using var _ = scope;
        var sockeye = await Given.FoodIdAsync(factory.Services, "usda-15086");
        var atlantic = await Given.FoodIdAsync(factory.Services, "usda-15076");

        var bowl = await Given.StoredFoodAsync(factory.Services,
            await myFoods.CreateRecipeAsync(TestFoods.Recipe("Salmon and lentils", 2, (sockeye, 150), (lentils, 200))));
        var raw = await Given.StoredFoodAsync(factory.Services,
            await myFoods.CreateRecipeAsync(TestFoods.Recipe("Raw salmon and lentils", 2, (atlantic, 150), (lentils, 200))));

        Assert.Equal(0.560 * 150 / 350, bowl.DhaG!.Value, 9);
        Assert.Equal(0.299 * 150 / 350, bowl.EpaG!.Value, 9);
        Assert.Equal((112.6 * 150 + 32.7 * 200) / 350, bowl.CholineMg!.Value, 9);
        Assert.Null(bowl.IodineUg);
        Assert.Null(raw.CholineMg);
        Assert.Null(raw.VitaminDUg);
        Assert.Equal((25.0 * 150 + 181 * 200) / 350, raw.FolateDfeUg!.Value, 9);
        Assert.NotNull(raw.EnergyKcal);
    }

    [Fact]
    public async Task Her_own_foods_iodine_counts_in_a_recipe_only_while_every_ingredient_has_a_value()
    {
        var (scope, myFoods, lentils, _, _) = await SignedInMotherAsync();
        await using var _ = scope;
        var bread = TestFoods.Sourdough();
        bread.IodineUg = 30;
        var breadId = await myFoods.CreateCustomFoodAsync(bread);
        var seaweed = TestFoods.Sourdough();
        (seaweed.Name, seaweed.IodineUg) = ("Seaweed crackers", 900);
        var seaweedId = await myFoods.CreateCustomFoodAsync(seaweed);

        var snack = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Crackers on bread", 1, (breadId, 90), (seaweedId, 10)));
        Assert.Equal((30 * 90 + 900 * 10) / 100.0, (await Given.StoredFoodAsync(factory.Services, snack)).IodineUg!.Value, 9);

        await myFoods.UpdateRecipeAsync(snack, TestFoods.Recipe("Crackers on bread", 1, (breadId, 90), (seaweedId, 10), (lentils, 50)));
        Assert.Null((await Given.StoredFoodAsync(factory.Services, snack)).IodineUg);

        // Her food's value unknown again: the recipe without lentils follows it when the food is edited.
        await myFoods.UpdateRecipeAsync(snack, TestFoods.Recipe("Crackers on bread", 1, (breadId, 90), (seaweedId, 10)));
        seaweed.IodineUg = null;
        await myFoods.UpdateCustomFoodAsync(seaweedId, seaweed);
        Assert.Null((await Given.StoredFoodAsync(factory.Services, snack)).IodineUg);
        Assert.Null((await myFoods.GetCustomFoodAsync(seaweedId)).IodineUg);
        Assert.Equal(30, (await myFoods.GetCustomFoodAsync(breadId)).IodineUg);
    }

    [Fact]
    public async Task Editing_a_recipe_changes_its_ingredients_and_its_serving()
    {
        var (scope, myFoods, lentils, onion, garlic) = await SignedInMotherAsync();
        await using var _ = scope;
        var dal = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Lentil dal", 2, (lentils, 200), (onion, 80), (garlic, 6)));

        await myFoods.UpdateRecipeAsync(dal, TestFoods.Recipe("Plain dal", 4, (lentils, 400)));

        var reread = await myFoods.GetRecipeAsync(dal);
        Assert.Equal("Plain dal", reread.Name);
        Assert.Equal(4, reread.Servings);
        var ingredient = Assert.Single(reread.Ingredients);
        Assert.Equal((lentils, 400.0), (ingredient.FoodId, ingredient.Grams));
        var stored = await Given.StoredFoodAsync(factory.Services, dal);
        Assert.Equal(100, Assert.Single(stored.Portions).Grams);
        Assert.Equal(["lens-culinaris"], stored.PlantSpecies);
    }

    [Fact]
    public async Task A_recipe_cannot_contain_itself_directly_or_through_another_recipe()
    {
        var (scope, myFoods, lentils, onion, _) = await SignedInMotherAsync();
        await using var _ = scope;
        var dal = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Lentil dal", 2, (lentils, 200)));
        var thali = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Thali", 1, (dal, 150), (onion, 20)));

        var direct = await Assert.ThrowsAsync<ValidationException>(() => myFoods.UpdateRecipeAsync(dal, TestFoods.Recipe("Lentil dal", 2, (lentils, 200), (dal, 10))));
        var indirect = await Assert.ThrowsAsync<ValidationException>(() => myFoods.UpdateRecipeAsync(dal, TestFoods.Recipe("Lentil dal", 2, (lentils, 200), (thali, 10))));

        const string message = "Ingredients: a recipe cannot contain itself, not even through another recipe.";
        Assert.Contains(direct.Errors, e => e.PropertyName == nameof(RecipeRequest.Ingredients) && e.ErrorMessage == message);
        Assert.Contains(indirect.Errors, e => e.ErrorMessage == message);
        Assert.Single((await myFoods.GetRecipeAsync(dal)).Ingredients);
    }

    [Fact]
    public async Task Deleting_a_food_she_logged_is_refused_and_her_history_is_kept()
    {
        var (scope, myFoods, _, _, _) = await SignedInMotherAsync();
        await using var _ = scope;
        var breadId = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        foreach (var date in new[] { Day, Day, Day.AddDays(-1) })
        {
            await log.AddAsync(new MealEntryRequest { Date = date, Slot = MealSlot.Breakfast, FoodId = breadId, Unit = QuantityUnit.Grams, Amount = 45 });
        }

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.DeleteAsync(breadId));

        Assert.Equal("You logged this food on 2 days; remove those entries first.", Assert.Single(error.Errors).ErrorMessage);
        var today = await log.GetDayAsync(Day);
        Assert.Equal(2, today.Entries.Count);
        Assert.Single(await myFoods.ListAsync());

        foreach (var date in new[] { Day, Day.AddDays(-1) })
        {
            foreach (var entry in (await log.GetDayAsync(date)).Entries)
            {
                await log.DeleteAsync(entry.Id);
            }
        }

        await myFoods.DeleteAsync(breadId);
        Assert.Empty(await myFoods.ListAsync());
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("rye sourdough"), f => f.Id == breadId);
        await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<CatalogService>().GetFoodAsync(breadId));
    }

    [Fact]
    public async Task Deleting_a_logged_recipe_is_refused_too()
    {
        var (scope, myFoods, lentils, _, _) = await SignedInMotherAsync();
        await using var _ = scope;
        var dal = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Lentil dal", 2, (lentils, 200)));
        await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Lunch, FoodId = dal, Unit = QuantityUnit.Portion, Amount = 1, PortionDescription = MyFoodsService.ServingPortion,
        });

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.DeleteAsync(dal));

        Assert.Equal("You logged this food on 1 day; remove those entries first.", Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Deleting_a_food_used_in_her_recipe_is_refused_until_the_recipe_is_gone()
    {
        var (scope, myFoods, lentils, _, _) = await SignedInMotherAsync();
        await using var _ = scope;
        var breadId = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
        var toast = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Dal on toast", 1, (breadId, 100), (lentils, 100)));

        var error = await Assert.ThrowsAsync<ValidationException>(() => myFoods.DeleteAsync(breadId));

        Assert.Equal("This food is an ingredient of your recipe Dal on toast; remove it from that recipe first.", Assert.Single(error.Errors).ErrorMessage);
        await myFoods.DeleteAsync(toast);
        await myFoods.DeleteAsync(breadId);
        Assert.Empty(await myFoods.ListAsync());
        Assert.Equal("Lentils, cooked", (await Given.StoredFoodAsync(factory.Services, lentils)).Name);
    }
}
