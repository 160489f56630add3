using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

/// <summary>Her own foods are hers alone: she finds and logs them at once, nobody else sees, opens, logs or changes them.</summary>
public sealed class MyFoodsPrivacyTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = Given.Today;

    private async Task<(AppUser Owner, int FoodId)> OwnerWithSourdoughAsync()
    {
        _ = factory.Server;
        var owner = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);
        var id = await scope.ServiceProvider.GetRequiredService<MyFoodsService>().CreateCustomFoodAsync(TestFoods.Sourdough());
        return (owner, id);
    }

    [Fact]
    public async Task A_mother_creates_a_custom_food_and_finds_it_in_her_search_at_once()
    {
        var (owner, foodId) = await OwnerWithSourdoughAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);

        var hits = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("rye sourdough");
        var details = await scope.ServiceProvider.GetRequiredService<CatalogService>().GetFoodAsync(foodId);
        var mine = await scope.ServiceProvider.GetRequiredService<MyFoodsService>().ListAsync();

        Assert.Equal(foodId, hits[0].Id);
        Assert.Equal("Grandma's rye sourdough", details.Name);
        Assert.Equal([new PortionOption("1 slice", 45)], details.Portions);
        var listed = Assert.Single(mine);
        Assert.False(listed.IsRecipe);
        var stored = await Given.StoredFoodAsync(factory.Services, foodId);
        Assert.StartsWith(MyFoodsService.KeyPrefix, stored.Key, StringComparison.Ordinal);
        Assert.Equal(owner.Id, stored.OwnerId);
        Assert.Equal(3, stored.NovaGroup);
        Assert.Equal(["secale-cereale"], stored.PlantSpecies);
        Assert.Equal(1, stored.PlantPoints);
    }

    [Fact]
    public async Task She_logs_her_custom_food_by_its_portion_and_it_counts_in_her_day()
    {
        var (owner, foodId) = await OwnerWithSourdoughAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();

        await log.AddAsync(new MealEntryRequest
        {
            Date = Day, Slot = MealSlot.Breakfast, FoodId = foodId, Unit = QuantityUnit.Portion, Amount = 2, PortionDescription = "1 slice",
        });
        var day = await log.GetDayAsync(Day);

        Assert.Equal(90, Assert.Single(day.Entries).Grams);
        Assert.Equal(90 * 6.5 / 100, day.Score.For(Domain.Scoring.Metric.Fiber)!.Actual, 6);
        Assert.Equal(1, day.Score.For(Domain.Scoring.Metric.PlantsPerDay)!.Actual);
    }

    [Fact]
    public async Task Another_mother_cannot_find_open_log_use_edit_or_delete_it()
    {
        var (owner, foodId) = await OwnerWithSourdoughAsync();
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, other))
        {
            var services = scope.ServiceProvider;
            var myFoods = services.GetRequiredService<MyFoodsService>();

            Assert.DoesNotContain(await services.GetRequiredService<FoodSearchService>().SearchAsync("rye sourdough"), f => f.Id == foodId);
            await Assert.ThrowsAsync<NotFoundException>(() => services.GetRequiredService<CatalogService>().GetFoodAsync(foodId));
            var logged = await Assert.ThrowsAsync<ValidationException>(() => services.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
            {
                Date = Day, Slot = MealSlot.Lunch, FoodId = foodId, Unit = QuantityUnit.Grams, Amount = 100,
            }));
            Assert.Contains(logged.Errors, e => e.ErrorMessage == "That food is not in the catalog.");
            var used = await Assert.ThrowsAsync<ValidationException>(() => myFoods.CreateRecipeAsync(TestFoods.Recipe("Stolen toast", 1, (foodId, 90))));
            Assert.Contains(used.Errors, e => e.PropertyName == "Ingredients[0].FoodId" && e.ErrorMessage == "Ingredient: that food is not in the catalog.");
            Assert.Empty(await myFoods.GetIngredientFoodsAsync([foodId]));
            await Assert.ThrowsAsync<NotFoundException>(() => myFoods.GetCustomFoodAsync(foodId));
            await Assert.ThrowsAsync<NotFoundException>(() => myFoods.UpdateCustomFoodAsync(foodId, TestFoods.Sourdough()));
            await Assert.ThrowsAsync<NotFoundException>(() => myFoods.DeleteAsync(foodId));
            Assert.Empty(await myFoods.ListAsync());
        }

        await using (var anonymous = await Given.SignedInScopeAsync(factory.Services, null))
        {
            Assert.DoesNotContain(await anonymous.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("rye sourdough"), f => f.Id == foodId);
        }

        await using var ownerScope = await Given.SignedInScopeAsync(factory.Services, owner);
        var unchanged = await ownerScope.ServiceProvider.GetRequiredService<MyFoodsService>().GetCustomFoodAsync(foodId);
        Assert.Equal("Grandma's rye sourdough", unchanged.Name);
    }

    [Fact]
    public async Task Another_mothers_food_is_not_found_with_exactly_the_message_of_an_unknown_id()
    {
        var (_, foodId) = await OwnerWithSourdoughAsync();
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, other);
        var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();

        var hers = await Assert.ThrowsAsync<NotFoundException>(() => myFoods.GetCustomFoodAsync(foodId));
        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => myFoods.GetCustomFoodAsync(int.MaxValue));
        var deleteHers = await Assert.ThrowsAsync<NotFoundException>(() => myFoods.DeleteAsync(foodId));

        Assert.Equal(unknown.Message, hers.Message);
        Assert.Equal(unknown.Message, deleteHers.Message);
        Assert.Equal(MyFoodsService.NotFoundMessage, unknown.Message);
    }

    [Fact]
    public async Task A_shared_catalog_food_is_not_hers_to_edit_or_delete()
    {
        var (owner, _) = await OwnerWithSourdoughAsync();
        var lentils = await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, owner);
        var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();

        await Assert.ThrowsAsync<NotFoundException>(() => myFoods.UpdateCustomFoodAsync(lentils, TestFoods.Sourdough()));
        await Assert.ThrowsAsync<NotFoundException>(() => myFoods.DeleteAsync(lentils));

        Assert.Equal("Lentils, cooked", (await Given.StoredFoodAsync(factory.Services, lentils)).Name);
    }

    [Fact]
    public async Task Known_species_come_from_the_catalog_and_her_own_foods_but_not_other_mothers()
    {
        var (owner, _) = await OwnerWithSourdoughAsync();
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var ownerScope = await Given.SignedInScopeAsync(factory.Services, owner);
        await using var otherScope = await Given.SignedInScopeAsync(factory.Services, other);

        var hers = await ownerScope.ServiceProvider.GetRequiredService<MyFoodsService>().GetKnownSpeciesAsync();
        var theirs = await otherScope.ServiceProvider.GetRequiredService<MyFoodsService>().GetKnownSpeciesAsync();

        Assert.Contains("Cabbage, green, raw", hers.Single(s => s.Key == "brassica-oleracea").Foods);
        Assert.Equal("Rye", hers.Single(s => s.Key == "secale-cereale").Name);
        var rye = hers.Single(s => s.Key == "secale-cereale").Foods;
        Assert.Contains("Bread, rye", rye);
        Assert.Contains("Grandma's rye sourdough", rye);
        Assert.DoesNotContain(theirs, s => s.Foods.Contains("Grandma's rye sourdough"));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(null)]
    public async Task Admins_and_anonymous_callers_are_refused(string? role)
    {
        var (_, foodId) = await OwnerWithSourdoughAsync();
        var caller = role is null ? null : await Given.UserAsync(factory.Services, role);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, caller);
        var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.ListAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.GetCustomFoodAsync(foodId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.CreateCustomFoodAsync(TestFoods.Sourdough()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.UpdateCustomFoodAsync(foodId, TestFoods.Sourdough()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.CreateRecipeAsync(TestFoods.Recipe("Toast", 1, (foodId, 90))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.GetRecipeAsync(foodId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.DeleteAsync(foodId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.GetIngredientFoodsAsync([foodId]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => myFoods.GetKnownSpeciesAsync());
    }

    [Fact]
    public async Task A_nutritionist_keeps_a_library_of_her_own_and_meets_a_mothers_food_as_not_found()
    {
        var (_, foodId) = await OwnerWithSourdoughAsync();
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();

        Assert.Empty(await myFoods.ListAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => myFoods.GetCustomFoodAsync(foodId));
        await Assert.ThrowsAsync<NotFoundException>(() => myFoods.DeleteAsync(foodId));
        Assert.Empty(await myFoods.GetIngredientFoodsAsync([foodId]));
        var own = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
        Assert.Equal([own], (await myFoods.ListAsync()).Select(f => f.Id));
    }
}
