using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>Accounts, links, foods and plans for the plan tests, made through the services or, for links, the database.</summary>
public static class PlanTestSetup
{
    public const string LentilsKey = "usda-16070";
    public const string BananaKey = "usda-09040";
    public const string OnionKey = "usda-11282";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    public static async Task<int> FoodIdAsync(IServiceProvider services, string key)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Foods.Where(f => f.Key == key && f.OwnerId == null).Select(f => f.Id).SingleAsync();
    }

    /// <summary>Her private 400 g recipe of 300 g cooked lentils and 100 g onion.</summary>
    public static async Task<int> RecipeAsync(IServiceProvider services, AppUser mother)
    {
        var lentils = await FoodIdAsync(services, LentilsKey);
        var onion = await FoodIdAsync(services, OnionKey);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var recipe = new Food
        {
            Key = $"custom-{Guid.NewGuid():N}", Name = "Lentil and onion soup", FoodGroup = "Recipes", OwnerId = mother.Id, RecipeServings = 2,
            Ingredients = [new RecipeIngredient { FoodId = lentils, Grams = 300 }, new RecipeIngredient { FoodId = onion, Grams = 100 }],
        };
        db.Foods.Add(recipe);
        await db.SaveChangesAsync();
        return recipe.Id;
    }

    /// <summary>Runs <paramref name="action"/> with the plan service of a scope signed in as <paramref name="user"/>.</summary>
    public static async Task<T> AsAsync<T>(IServiceProvider services, AppUser user, Func<MealPlanService, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = await TestUsers.SignedInScopeAsync(services, user);
        return await action(scope.ServiceProvider.GetRequiredService<MealPlanService>());
    }

    public static Task AsAsync(IServiceProvider services, AppUser user, Func<MealPlanService, Task> action) =>
        AsAsync(services, user, async plans =>
        {
            await action(plans);
            return true;
        });

    public static PlannedEntryRequest Grams(int dayIndex, int foodId, double grams, MealSlot slot = MealSlot.Lunch) =>
        new() { DayIndex = dayIndex, Slot = slot, FoodId = foodId, Unit = QuantityUnit.Grams, Amount = grams };

    public static Task<AppUser> MotherAsync(IServiceProvider services) => TestUsers.CreateAsync(services, Roles.Mother);

    public static Task<AppUser> NutritionistAsync(IServiceProvider services) => TestUsers.CreateAsync(services, Roles.Nutritionist);
}
