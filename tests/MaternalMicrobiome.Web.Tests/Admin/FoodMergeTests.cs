using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class FoodMergeTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = Given.Today;

    private async Task<(AppUser Admin, AppUser Mother, AppUser Other)> AdminAndTwoMothersAsync()
    {
        _ = factory.Server;
        return (await Given.UserAsync(factory.Services, Roles.Admin),
            await Given.UserAsync(factory.Services, Roles.Mother),
            await Given.UserAsync(factory.Services, Roles.Mother));
    }

    [Fact]
    public async Task Merging_moves_a_mothers_entries_recipes_and_favourites_to_the_survivor_and_deletes_the_duplicate()
    {
        var (admin, mother, otherMother) = await AdminAndTwoMothersAsync();
        int survivorId, duplicateId;
        var duplicateFood = TestFoods.NewFood();
        duplicateFood.Name = "Sauerkraut (duplicate)";
        duplicateFood.Portions = [new PortionEdit { Description = "1 bowl", Grams = 300 }];
        await using (var adminScope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            var foods = adminScope.ServiceProvider.GetRequiredService<FoodAdminService>();
            survivorId = await foods.CreateAsync(TestFoods.NewFood());
            duplicateId = await foods.CreateAsync(duplicateFood);
        }

        await using (var motherScope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var log = motherScope.ServiceProvider.GetRequiredService<MealLogService>();
            await log.AddAsync(new MealEntryRequest { Date = Day, Slot = MealSlot.Lunch, FoodId = duplicateId, Unit = QuantityUnit.Grams, Amount = 150 });
            await log.AddAsync(new MealEntryRequest { Date = Day, Slot = MealSlot.Dinner, FoodId = duplicateId, Unit = QuantityUnit.Portion, Amount = 1, PortionDescription = "1 bowl" });
        }

        var recipeId = await Given.ReadAsync(factory.Services, async db =>
        {
            var recipe = new Food { Key = $"own-{Guid.NewGuid():N}", Name = "Reuben bowl", FoodGroup = "Recipes", OwnerId = mother.Id };
            recipe.Ingredients.Add(new RecipeIngredient { FoodId = duplicateId, Grams = 80 });
            db.Foods.Add(recipe);
            db.FavouriteFoods.AddRange(
                new FavouriteFood { UserId = mother.Id, FoodId = duplicateId },
                new FavouriteFood { UserId = mother.Id, FoodId = survivorId },
                new FavouriteFood { UserId = otherMother.Id, FoodId = duplicateId });
            await db.SaveChangesAsync();
            return recipe.Id;
        });

        FoodMergeResult result;
        await using (var adminScope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            result = await adminScope.ServiceProvider.GetRequiredService<FoodAdminService>().MergeAsync(survivorId, duplicateId);
        }

        Assert.Equal((2, 1, 1, 1), (result.MealEntriesMoved, result.RecipeIngredientsMoved, result.FavouritesMoved, result.FavouritesDropped));
        await using (var motherScope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var day = await motherScope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Day);
            Assert.Equal(2, day.Entries.Count);
            Assert.All(day.Entries, e => Assert.Equal(survivorId, e.FoodId));
            var dinner = day.Entries.Single(e => e.Slot == MealSlot.Dinner);
            Assert.Equal(300, dinner.Grams);
            Assert.Equal(QuantityUnit.Grams, dinner.Quantity.Unit);
        }

        Assert.False(await Given.ReadAsync(factory.Services, db => db.Foods.AnyAsync(f => f.Id == duplicateId)));
        Assert.False(await Given.ReadAsync(factory.Services, db => db.FoodPortions.AnyAsync(p => p.FoodId == duplicateId)));
        Assert.Equal(survivorId, await Given.ReadAsync(factory.Services, db => db.RecipeIngredients.Where(i => i.RecipeId == recipeId).Select(i => i.FoodId).SingleAsync()));
        var favourites = await Given.ReadAsync(factory.Services, db => db.FavouriteFoods.Where(f => f.UserId == mother.Id || f.UserId == otherMother.Id).ToListAsync());
        Assert.Equal(2, favourites.Count);
        Assert.All(favourites, f => Assert.Equal(survivorId, f.FoodId));
        var audit = await Given.ReadAsync(factory.Services, db => db.AuditEntries.SingleAsync(a => a.Action == "food.merge" && a.EntityKey == duplicateFood.Key));
        Assert.Contains(result.SurvivorKey, audit.Before, StringComparison.Ordinal);
        Assert.Contains(duplicateFood.Key, audit.Before, StringComparison.Ordinal);
        Assert.Contains(result.SurvivorKey, audit.After, StringComparison.Ordinal);
        Assert.Contains(duplicateFood.Key, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_a_duplicate_that_is_in_plans_templates_and_dislikes_moves_every_reference_and_her_day_shows_the_kept_food()
    {
        var (admin, mother, other) = await AdminAndTwoMothersAsync();
        var keep = TestFoods.NewFood();
        keep.Name = "Sauerkraut (kept)";
        var drop = TestFoods.NewFood();
        drop.Name = "Sauerkraut (duplicate)";
        drop.Portions = [new PortionEdit { Description = "1 bowl", Grams = 300 }];
        int survivorId, duplicateId;
        await using (var adminScope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            var foods = adminScope.ServiceProvider.GetRequiredService<FoodAdminService>();
            survivorId = await foods.CreateAsync(keep);
            duplicateId = await foods.CreateAsync(drop);
        }

        // Logged, planned in a portion the kept food lacks, kept in a template, cooked in a recipe, starred and disliked.
        await using (var motherScope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            await motherScope.ServiceProvider.GetRequiredService<MealLogService>()
                .AddAsync(new MealEntryRequest { Date = Day, Slot = MealSlot.Lunch, FoodId = duplicateId, Unit = QuantityUnit.Grams, Amount = 150 });
        }

        var planId = await Given.PlansAsAsync(factory.Services, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "Kraut week", WeekStart = Day }));
        await Given.PlansAsAsync(factory.Services, mother, async plans => await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, new PlannedEntryRequest
        {
            DayIndex = 1, Slot = MealSlot.Dinner, FoodId = duplicateId, Unit = QuantityUnit.Portion, Amount = 1, PortionDescription = "1 bowl",
        }));
        var templateId = await Given.PlansAsAsync(factory.Services, mother, plans => plans.SaveAsTemplateAsync(planId, "Kraut template"));
        await Given.ReadAsync(factory.Services, async db =>
        {
            var recipe = new Food { Key = $"own-{Guid.NewGuid():N}", Name = "Kraut bowl", FoodGroup = "Recipes", OwnerId = mother.Id };
            recipe.Ingredients.Add(new RecipeIngredient { FoodId = duplicateId, Grams = 80 });
            db.Foods.Add(recipe);
            db.FavouriteFoods.Add(new FavouriteFood { UserId = mother.Id, FoodId = duplicateId });
            (await db.MotherProfiles.SingleAsync(p => p.UserId == mother.Id)).DislikedFoodIds = [duplicateId];
            (await db.MotherProfiles.SingleAsync(p => p.UserId == other.Id)).DislikedFoodIds = [survivorId, duplicateId];
            return await db.SaveChangesAsync();
        });

        FoodMergeResult result;
        await using (var adminScope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            result = await adminScope.ServiceProvider.GetRequiredService<FoodAdminService>().MergeAsync(survivorId, duplicateId);
        }

        Assert.Equal((1, 2, 1, 1, 2), (result.MealEntriesMoved, result.PlannedEntriesMoved, result.RecipeIngredientsMoved, result.FavouritesMoved, result.DislikesMoved));
        await using (var motherScope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var entry = Assert.Single((await motherScope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Day)).Entries);
            Assert.Equal((survivorId, "Sauerkraut (kept)"), (entry.FoodId, entry.FoodName));
        }

        var plan = await Given.PlansAsAsync(factory.Services, mother, plans => plans.GetAsync(planId));
        var planned = Assert.Single(plan.Entries);
        Assert.Equal((survivorId, QuantityUnit.Grams, 300.0), (planned.FoodId, planned.Quantity.Unit, planned.Grams));
        await Given.ReadAsync(factory.Services, async db =>
        {
            Assert.Equal(survivorId, await db.PlannedEntries.Where(e => e.MealPlanId == templateId).Select(e => e.FoodId).SingleAsync());
            Assert.False(await db.PlannedEntries.AnyAsync(e => e.FoodId == duplicateId));
            Assert.False(await db.RecipeIngredients.AnyAsync(i => i.FoodId == duplicateId));
            Assert.Equal([survivorId], (await db.MotherProfiles.SingleAsync(p => p.UserId == mother.Id)).DislikedFoodIds);
            Assert.Equal([survivorId], (await db.MotherProfiles.SingleAsync(p => p.UserId == other.Id)).DislikedFoodIds);
            Assert.False(await db.Foods.AnyAsync(f => f.Id == duplicateId));
            return true;
        });
    }

    [Fact]
    public async Task A_food_cannot_be_merged_into_itself_and_private_foods_cannot_be_merged()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var privateId = await Given.ReadAsync(factory.Services, async db =>
        {
            var food = new Food { Key = $"own-{Guid.NewGuid():N}", Name = "My kraut", FoodGroup = "Vegetables and Vegetable Products", OwnerId = mother.Id };
            db.Foods.Add(food);
            await db.SaveChangesAsync();
            return food.Id;
        });
        var oatsId = await Given.FoodIdAsync(factory.Services, "usda-08120");
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        var service = scope.ServiceProvider.GetRequiredService<FoodAdminService>();

        await Assert.ThrowsAsync<ValidationException>(() => service.MergeAsync(oatsId, oatsId));
        await Assert.ThrowsAsync<NotFoundException>(() => service.MergeAsync(oatsId, privateId));
        await Assert.ThrowsAsync<NotFoundException>(() => service.MergeAsync(privateId, oatsId));
        Assert.True(await Given.ReadAsync(factory.Services, db => db.Foods.AnyAsync(f => f.Id == privateId)));
        Assert.True(await Given.ReadAsync(factory.Services, db => db.Foods.AnyAsync(f => f.Id == oatsId)));
    }
}
