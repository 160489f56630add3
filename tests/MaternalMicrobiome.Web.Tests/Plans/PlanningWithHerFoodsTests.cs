using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>
/// A nutritionist planning her client's week searches and plans with the client's own recipes, as the client would,
/// and only while their link lasts.
/// </summary>
public sealed class PlanningWithHerFoodsTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    [Fact]
    public async Task A_linked_nutritionist_finds_and_plans_her_clients_own_recipe_which_scores_its_ingredients()
    {
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, nutritionist);
        var recipeId = await RecipeAsync(Services, mother);

        await using var scope = await Given.SignedInScopeAsync(Services, nutritionist);
        var found = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentil and onion soup", 20, mother.Id);
        Assert.Equal(recipeId, found[0].Id);
        var details = await scope.ServiceProvider.GetRequiredService<CatalogService>().GetFoodAsync(recipeId, mother.Id);
        Assert.Equal("Lentil and onion soup", details.Name);

        // Searching as herself, the nutritionist does not see her client's recipe.
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentil and onion soup"), f => f.Id == recipeId);

        var plans = scope.ServiceProvider.GetRequiredService<MealPlanService>();
        var planId = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Soup week", WeekStart = Today });
        await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, PlannedGrams(0, recipeId, 400));
        var plan = await plans.GetAsync(planId);

        // 400 g of the 400 g recipe is its 300 g of lentils and 100 g of onion: two plants.
        Assert.Equal("Lentil and onion soup", Assert.Single(plan.Entries).FoodName);
        Assert.Equal(2, plan.Scores[0].Targets.Single(t => t.Metric == Metric.PlantsPerDay).Actual);
    }

    [Fact]
    public async Task Another_mothers_recipe_is_never_offered_and_an_ended_or_absent_link_is_not_found()
    {
        var mother = await MotherAsync(Services);
        var otherMother = await MotherAsync(Services);
        var linked = await NutritionistAsync(Services);
        var former = await NutritionistAsync(Services);
        var stranger = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, linked);
        await Given.LinkAsync(Services, mother, former, ended: true);
        var othersRecipe = await RecipeAsync(Services, otherMother);

        await using (var scope = await Given.SignedInScopeAsync(Services, linked))
        {
            var found = await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentil and onion soup", 20, mother.Id);
            Assert.DoesNotContain(found, f => f.Id == othersRecipe);
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<CatalogService>().GetFoodAsync(othersRecipe, mother.Id));
        }

        foreach (var nutritionist in new[] { former, stranger })
        {
            await using var scope = await Given.SignedInScopeAsync(Services, nutritionist);
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("soup", 20, mother.Id));
        }
    }
}
