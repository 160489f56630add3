using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;
using static MaternalMicrobiome.Web.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class AccountDeletionTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Day = Given.Today;

    [Fact]
    public async Task Deleting_a_mother_with_her_food_in_plans_and_templates_removes_everything_of_hers_and_nothing_of_anyone_else()
    {
        _ = factory.Server;
        var services = factory.Services;
        var mother = await MotherAsync(services);
        var other = await MotherAsync(services);
        var nutritionist = await NutritionistAsync(services);
        await Given.LinkThroughInviteAsync(services, nutritionist, mother);
        var lentils = await FoodIdAsync(services, LentilsKey);

        // Her own food and a recipe of it, logged, starred, planned and kept in her template; a check-in; a comment.
        int bread, recipe;
        await using (var scope = await Given.SignedInScopeAsync(services, mother))
        {
            var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();
            bread = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
            recipe = await myFoods.CreateRecipeAsync(TestFoods.Recipe("Bread and lentils", 2, (bread, 90), (lentils, 200)));
            var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
            await log.AddAsync(new MealEntryRequest { Date = Day, Slot = MealSlot.Lunch, FoodId = bread, Unit = QuantityUnit.Grams, Amount = 90 });
            await log.AddAsync(new MealEntryRequest { Date = Day, Slot = MealSlot.Dinner, FoodId = recipe, Unit = QuantityUnit.Grams, Amount = 300 });
            await scope.ServiceProvider.GetRequiredService<CheckInService>().SaveAsync(Day, new CheckInRequest { SleepHours = 7 });
            var favourites = scope.ServiceProvider.GetRequiredService<FavouritesService>();
            await favourites.ToggleAsync(bread);
            await favourites.ToggleAsync(lentils);
            await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(null, CommentTarget.Day(Day), new CommentRequest { Text = "Is this enough fiber?" });
        }

        var herPlan = await PlansAsAsync(services, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "My week", WeekStart = Day }));
        await PlanAsync(mother, herPlan, bread, recipe);
        await PlansAsAsync(services, mother, plans => plans.SaveAsTemplateAsync(herPlan, "My template"));

        // Her nutritionist plans her week with her bread, keeps it as a template of her own, comments and sets a target.
        var nutritionistPlan = await PlansAsAsync(services, nutritionist, plans => plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "From your nutritionist", WeekStart = Day }));
        await PlanAsync(nutritionist, nutritionistPlan, bread, lentils);
        var nutritionistTemplate = await PlansAsAsync(services, nutritionist, plans => plans.SaveAsTemplateAsync(nutritionistPlan, "Bread week"));
        await using (var scope = await Given.SignedInScopeAsync(services, nutritionist))
        {
            await scope.ServiceProvider.GetRequiredService<CommentService>().AddAsync(mother.Id, new CommentTarget(CommentSubject.Plan, Day, nutritionistPlan), new CommentRequest { Text = "Try this" });
            var targets = scope.ServiceProvider.GetRequiredService<ClientTargetService>();
            var form = (await targets.GetAsync(mother.Id)).ToRequest();
            form.Targets.Single(t => t.Metric == Metric.Fiber).Value = 35;
            await targets.SaveAsync(mother.Id, form);
            await scope.ServiceProvider.GetRequiredService<WeeklyReportService>().GetAsync(mother.Id, Day.AddDays(-6));
        }

        // Another mother's data, which must stay.
        int othersFood;
        await using (var scope = await Given.SignedInScopeAsync(services, other))
        {
            othersFood = await scope.ServiceProvider.GetRequiredService<MyFoodsService>().CreateCustomFoodAsync(TestFoods.Sourdough());
            await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest { Date = Day, Slot = MealSlot.Lunch, FoodId = othersFood, Unit = QuantityUnit.Grams, Amount = 45 });
            await scope.ServiceProvider.GetRequiredService<FavouritesService>().ToggleAsync(lentils);
        }

        var before = await ReadAsync(db => CountsAsync(db, other.Id, nutritionist.Id));

        await using (var scope = await Given.SignedInScopeAsync(services, mother))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<MyDataService>().DeleteAccountAsync(Given.Password));
        }

        var id = mother.Id;
        var herFoods = new[] { bread, recipe };
        await ReadAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == id));
            Assert.False(await db.MotherProfiles.AnyAsync(p => p.UserId == id));
            Assert.False(await db.MealEntries.AnyAsync(e => e.UserId == id || herFoods.Contains(e.FoodId)));
            Assert.False(await db.CheckIns.AnyAsync(c => c.UserId == id));
            Assert.False(await db.FavouriteFoods.AnyAsync(f => f.UserId == id || herFoods.Contains(f.FoodId)));
            Assert.False(await db.Foods.AnyAsync(f => f.OwnerId == id || herFoods.Contains(f.Id)));
            Assert.False(await db.FoodPortions.AnyAsync(p => herFoods.Contains(p.FoodId)));
            Assert.False(await db.RecipeIngredients.AnyAsync(i => herFoods.Contains(i.RecipeId) || herFoods.Contains(i.FoodId)));
            Assert.False(await db.MealPlans.AnyAsync(p => p.MotherId == id || p.AuthorId == id));
            Assert.False(await db.PlannedEntries.AnyAsync(e => herFoods.Contains(e.FoodId)));
            Assert.False(await db.Comments.AnyAsync(c => c.MotherId == id || c.AuthorId == id));
            Assert.False(await db.ClientLinks.AnyAsync(l => l.MotherId == id));
            Assert.False(await db.ClientTargets.AnyAsync(t => t.MotherId == id));
            Assert.False(await db.ClientTargetChanges.AnyAsync(c => c.MotherId == id));
            Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == id));

            // The audit trail keeps who did what, but not who she was.
            var email = mother.Email!;
            var name = mother.DisplayName;
            Assert.False(await db.AuditEntries.AnyAsync(a => a.ActorId == id || a.SubjectUserId == id || a.EntityKey == id
                || a.ActorName == name || a.ActorName == email || (a.Before != null && a.Before.Contains(email)) || (a.After != null && a.After.Contains(email))));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.ActorId == nutritionist.Id && a.Action == "client.read"));

            // The nutritionist's template lost only the line with the mother's bread.
            var template = await db.MealPlans.Include(p => p.Entries).SingleAsync(p => p.Id == nutritionistTemplate);
            Assert.Equal(lentils, Assert.Single(template.Entries).FoodId);
            Assert.Equal(before with { NutritionistTemplateEntries = 1 }, await CountsAsync(db, other.Id, nutritionist.Id));
            return true;
        });
    }

    private async Task PlanAsync(AppUser author, int planId, params int[] foods)
    {
        foreach (var food in foods)
        {
            await PlansAsAsync(factory.Services, author, async plans =>
                await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, PlannedGrams(0, food, 100)));
        }
    }

    private Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read) => Given.ReadAsync(factory.Services, read);

    private static async Task<OthersCounts> CountsAsync(AppDbContext db, string otherId, string nutritionistId) => new(
        await db.Users.CountAsync(u => u.Id == otherId || u.Id == nutritionistId),
        await db.MealEntries.CountAsync(e => e.UserId == otherId),
        await db.Foods.CountAsync(f => f.OwnerId == otherId),
        await db.FavouriteFoods.CountAsync(f => f.UserId == otherId),
        await db.MotherProfiles.CountAsync(p => p.UserId == otherId),
        await db.MealPlans.CountAsync(p => p.AuthorId == nutritionistId && p.IsTemplate),
        await db.PlannedEntries.CountAsync(e => db.MealPlans.Any(p => p.Id == e.MealPlanId && p.AuthorId == nutritionistId && p.IsTemplate)));
}
