using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>
/// A nutritionist's recipe library: recipes and foods she owns, planned for any linked client. The client receives
/// her own copy (with copies of the library foods inside a recipe; catalog ingredients are shared), so her plan, log
/// and scores never depend on the library: not on its edits, not on its deletions, not on the link lasting.
/// </summary>
public sealed class RecipeLibraryTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string BowlName = "Rye and lentil bowl";

    private IServiceProvider Services => factory.Services;

    [Fact]
    public async Task A_library_recipe_planned_for_a_client_becomes_her_own_copy_which_scores_and_logs_like_the_original()
    {
        var (mother, nutritionist) = await LinkedAsync();
        var (bread, bowl) = await LibraryAsync(nutritionist);
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);

        await using var scope = await SignedInScopeAsync(Services, nutritionist);
        var found = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("rye and lentil bowl", 20, mother.Id);
        Assert.Equal((bowl, nutritionist.Id), (found[0].Id, found[0].OwnerId));
        Assert.Equal("1 serving", Assert.Single((await scope.ServiceProvider.GetRequiredService<CatalogService>().GetFoodAsync(bowl, mother.Id)).Portions).Description);

        var plans = scope.ServiceProvider.GetRequiredService<MealPlanService>();
        var planId = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Library week", WeekStart = Today });
        await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, PlannedGrams(0, bowl, 390));
        var plan = await plans.GetAsync(planId);

        // The plan holds her copy: her own food, made from the library's, with its own copy of the library bread inside.
        var entry = Assert.Single(plan.Entries);
        Assert.Equal(BowlName, entry.FoodName);
        var copy = await StoredFoodAsync(Services, entry.FoodId);
        var original = await StoredFoodAsync(Services, bowl);
        Assert.NotEqual(bowl, copy.Id);
        Assert.Equal((mother.Id, original.Key, original.Version), (copy.OwnerId, copy.LibrarySourceKey, copy.LibrarySourceVersion));
        Assert.Equal(original.FiberG, copy.FiberG);
        Assert.Equal(2, copy.RecipeServings);
        var ingredients = copy.Ingredients.OrderBy(i => i.Id).ToList();
        Assert.Equal(lentils, ingredients[1].FoodId);
        var breadCopy = await StoredFoodAsync(Services, ingredients[0].FoodId);
        Assert.Equal((mother.Id, "Grandma's rye sourdough", 90.0), (breadCopy.OwnerId, breadCopy.Name, ingredients[0].Grams));
        Assert.NotEqual(bread, breadCopy.Id);

        // 390 g of the 390 g bowl is its rye bread and its lentils: two plants, as the library's own recipe would score.
        Assert.Equal(2, plan.Scores[0].Targets.Single(t => t.Metric == Metric.PlantsPerDay).Actual);

        // She sees both copies among her foods, marked as from her nutritionist, and logs the planned bowl.
        await plans.ShareAsync(planId, plan.Version);
        var hers = await AsAsync(mother, s => s.GetRequiredService<MyFoodsService>().ListAsync());
        Assert.Equal([("Grandma's rye sourdough", true), (BowlName, true)], hers.Select(f => (f.Name, f.FromLibrary)).Order().ToList());
        var logged = await PlansAsAsync(Services, mother, p => p.LogEntryAsync(planId, entry.Id));
        var day = await AsAsync(mother, s => s.GetRequiredService<MealLogService>().GetDayAsync(Today));
        Assert.Equal(copy.Id, day.Entries.Single(e => e.Id == logged).FoodId);
        Assert.Equal(2, day.Score.Targets.Single(t => t.Metric == Metric.PlantsPerDay).Actual);
    }

    [Fact]
    public async Task Planning_the_same_recipe_again_reuses_her_copy_an_edit_makes_a_new_one_and_nothing_the_library_does_touches_her_log()
    {
        var (mother, nutritionist) = await LinkedAsync();
        var (bread, bowl) = await LibraryAsync(nutritionist);
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);
        var planId = await PlansAsAsync(Services, nutritionist, p => p.CreateAsync(mother.Id, new NewPlanRequest { Title = "Again", WeekStart = Today }));

        await AddAsync(nutritionist, planId, PlannedGrams(0, bowl, 200));
        await AddAsync(nutritionist, planId, PlannedGrams(1, bowl, 200));
        var first = await PlansAsAsync(Services, nutritionist, p => p.GetAsync(planId));
        Assert.Single(first.Entries.Select(e => e.FoodId).Distinct());
        Assert.Equal(2, await CopiesAsync(mother));

        await PlansAsAsync(Services, nutritionist, p => p.ShareAsync(planId, first.Version));
        var logged = await PlansAsAsync(Services, mother, p => p.LogEntryAsync(planId, first.Entries[0].Id));

        // The nutritionist doubles the lentils: the next planned bowl is a new copy; the logged one is untouched.
        await AsAsync(nutritionist, s => s.GetRequiredService<MyFoodsService>().UpdateRecipeAsync(bowl, TestFoods.Recipe(BowlName, 2, (bread, 90), (lentils, 600))));
        await AddAsync(nutritionist, planId, PlannedGrams(2, bowl, 200));
        var second = await PlansAsAsync(Services, nutritionist, p => p.GetAsync(planId));
        var newCopy = await StoredFoodAsync(Services, second.Entries.Single(e => e.DayIndex == 2).FoodId);
        Assert.NotEqual(first.Entries[0].FoodId, newCopy.Id);
        Assert.Equal($"{BowlName} (2)", newCopy.Name);
        Assert.Equal(600, newCopy.Ingredients.Max(i => i.Grams));
        Assert.Equal(300, (await StoredFoodAsync(Services, first.Entries[0].FoodId)).Ingredients.Max(i => i.Grams));

        // The bread did not change, so the new bowl reuses her copy of it.
        Assert.Equal(3, await CopiesAsync(mother));

        // The library recipe is deleted and the link ends: her copies, her log and its score stay.
        await AsAsync(nutritionist, s => s.GetRequiredService<MyFoodsService>().DeleteAsync(bowl));
        await EndLinkAsync(mother, nutritionist);
        Assert.Equal(3, await CopiesAsync(mother));
        var day = await AsAsync(mother, s => s.GetRequiredService<MealLogService>().GetDayAsync(Today));
        Assert.Equal(first.Entries[0].FoodId, day.Entries.Single(e => e.Id == logged).FoodId);
        Assert.Equal(2, day.Score.Targets.Single(t => t.Metric == Metric.PlantsPerDay).Actual);
    }

    [Fact]
    public async Task A_template_holding_library_recipes_serves_every_client_each_receiving_her_own_copy()
    {
        var (first, nutritionist) = await LinkedAsync();
        var second = await MotherAsync(Services);
        await LinkAsync(Services, second, nutritionist);
        var (_, bowl) = await LibraryAsync(nutritionist);

        var planId = await PlansAsAsync(Services, nutritionist, p => p.CreateAsync(first.Id, new NewPlanRequest { Title = "Bowls", WeekStart = Today }));
        await AddAsync(nutritionist, planId, PlannedGrams(0, bowl, 200));
        await AddAsync(nutritionist, planId, PlannedGrams(3, bowl, 200, MealSlot.Dinner));
        var templateId = await PlansAsAsync(Services, nutritionist, p => p.SaveAsTemplateAsync(planId, "Bowls (template)"));

        // The template holds the library recipe, not the first client's copy.
        var templateFoods = await ReadAsync(Services, db => db.PlannedEntries.Where(e => e.MealPlanId == templateId).Select(e => e.FoodId).Distinct().ToListAsync());
        Assert.Equal([bowl], templateFoods);

        var applied = await PlansAsAsync(Services, nutritionist, p => p.ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = templateId, ClientId = second.Id, WeekStart = Today }));
        Assert.Equal(2, applied.Added);
        var secondPlan = await PlansAsAsync(Services, nutritionist, p => p.GetAsync(applied.PlanId));
        var secondCopy = await StoredFoodAsync(Services, Assert.Single(secondPlan.Entries.Select(e => e.FoodId).Distinct()));
        Assert.Equal(second.Id, secondCopy.OwnerId);

        // A day of the template onto another plan of the first client reuses her existing copy.
        var copiesBefore = await CopiesAsync(first);
        var otherPlan = await PlansAsAsync(Services, nutritionist, p => p.CreateAsync(first.Id, new NewPlanRequest { Title = "Next", WeekStart = Today.AddDays(7) }));
        var version = (await PlansAsAsync(Services, nutritionist, p => p.GetAsync(otherPlan))).Version;
        Assert.Equal(1, await PlansAsAsync(Services, nutritionist, p => p.ApplyTemplateDayAsync(otherPlan, version, templateId, 3, 5)));
        Assert.Equal(copiesBefore, await CopiesAsync(first));
        var firstCopy = (await PlansAsAsync(Services, nutritionist, p => p.GetAsync(planId))).Entries[0].FoodId;
        Assert.Equal(firstCopy, Assert.Single((await PlansAsAsync(Services, nutritionist, p => p.GetAsync(otherPlan))).Entries).FoodId);
    }

    [Fact]
    public async Task No_one_but_the_nutritionist_planning_for_her_linked_client_uses_her_library()
    {
        var (mother, nutritionist) = await LinkedAsync();
        var (otherClient, otherNutritionist) = await LinkedAsync();
        var (_, bowl) = await LibraryAsync(nutritionist);

        // Another nutritionist, planning for her own client, neither finds nor plans it.
        var otherPlan = await PlansAsAsync(Services, otherNutritionist, p => p.CreateAsync(otherClient.Id, new NewPlanRequest { Title = "Other", WeekStart = Today }));
        Assert.DoesNotContain(await AsAsync(otherNutritionist, s => s.GetRequiredService<FoodSearchService>().SearchAsync(BowlName, 20, otherClient.Id)), f => f.Id == bowl);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => AddAsync(otherNutritionist, otherPlan, PlannedGrams(0, bowl, 200)));
        Assert.Equal(FoodQuantities.FoodField, Assert.Single(refused.Errors).PropertyName);

        // The client neither finds it nor logs or plans it herself: she receives copies only through her nutritionist.
        Assert.DoesNotContain(await AsAsync(mother, s => s.GetRequiredService<FoodSearchService>().SearchAsync(BowlName)), f => f.Id == bowl);
        await Assert.ThrowsAsync<ValidationException>(() => AsAsync(mother, s => s.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = Today, Slot = MealSlot.Lunch, FoodId = bowl, Unit = QuantityUnit.Grams, Amount = 200,
        })));
        var ownPlan = await PlansAsAsync(Services, mother, p => p.CreateAsync(null, new NewPlanRequest { Title = "Mine", WeekStart = Today }));
        await Assert.ThrowsAsync<ValidationException>(() => AddAsync(mother, ownPlan, PlannedGrams(0, bowl, 200)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync(mother, s => s.GetRequiredService<CatalogService>().GetFoodAsync(bowl)));

        // After the link ends, the former nutritionist cannot plan for her at all.
        var planId = await PlansAsAsync(Services, nutritionist, p => p.CreateAsync(mother.Id, new NewPlanRequest { Title = "Before", WeekStart = Today }));
        await EndLinkAsync(mother, nutritionist);
        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync(nutritionist, planId, PlannedGrams(0, bowl, 200)));
        Assert.Equal(0, await CopiesAsync(mother));
        Assert.Equal(0, await CopiesAsync(otherClient));
    }

    [Fact]
    public async Task Her_library_lists_her_own_recipes_not_the_copies_her_clients_received()
    {
        var (mother, nutritionist) = await LinkedAsync();
        var (_, bowl) = await LibraryAsync(nutritionist);
        var planId = await PlansAsAsync(Services, nutritionist, p => p.CreateAsync(mother.Id, new NewPlanRequest { Title = "One", WeekStart = Today }));
        await AddAsync(nutritionist, planId, PlannedGrams(0, bowl, 200));

        var library = await AsAsync(nutritionist, s => s.GetRequiredService<MyFoodsService>().ListAsync());

        Assert.Equal([("Grandma's rye sourdough", false), (BowlName, false)], library.Select(f => (f.Name, f.FromLibrary)).Order().ToList());
        Assert.All(library, f => Assert.NotEqual(0, f.Id));
    }

    private async Task<(AppUser Mother, AppUser Nutritionist)> LinkedAsync()
    {
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await LinkAsync(Services, mother, nutritionist);
        return (mother, nutritionist);
    }

    /// <summary>Her library through the real service: her rye sourdough, and a bowl of 90 g of it with 300 g of cooked lentils.</summary>
    private async Task<(int Bread, int Bowl)> LibraryAsync(AppUser nutritionist)
    {
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);
        return await AsAsync(nutritionist, async s =>
        {
            var myFoods = s.GetRequiredService<MyFoodsService>();
            var bread = await myFoods.CreateCustomFoodAsync(TestFoods.Sourdough());
            return (bread, await myFoods.CreateRecipeAsync(TestFoods.Recipe(BowlName, 2, (bread, 90), (lentils, 300))));
        });
    }

    private Task AddAsync(AppUser user, int planId, PlannedEntryRequest request) =>
        PlansAsAsync(Services, user, async p => await p.AddEntryAsync(planId, (await p.GetAsync(planId)).Version, request));

    private async Task<T> AsAsync<T>(AppUser user, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await SignedInScopeAsync(Services, user);
        return await action(scope.ServiceProvider);
    }

    private async Task AsAsync(AppUser user, Func<IServiceProvider, Task> action)
    {
        await using var scope = await SignedInScopeAsync(Services, user);
        await action(scope.ServiceProvider);
    }

    private Task<int> EndLinkAsync(AppUser mother, AppUser nutritionist) =>
        ReadAsync(Services, db => db.ClientLinks.Where(l => l.MotherId == mother.Id && l.NutritionistId == nutritionist.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.EndedAt, Now).SetProperty(l => l.EndedById, mother.Id)));

    private Task<int> CopiesAsync(AppUser mother) =>
        ReadAsync(Services, db => db.Foods.CountAsync(f => f.OwnerId == mother.Id && f.LibrarySourceKey != null));
}
