using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>The plan editor's "Copy to…" of a meal and the shopping list's aisles and ticks, rendered on the real services.</summary>
public sealed class PlanningComponentsTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task Copy_to_another_day_from_a_meals_menu_puts_the_meal_on_that_day()
    {
        var (nutritionist, planId) = await PlanAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var popovers = Render<MudPopoverProvider>();

        var cut = Render<PlanEditorPage>(p => p.Add(x => x.Id, planId));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=planned-entry]").Count));
        Assert.Empty(cut.FindAll("[data-testid=plan-day][data-day='4'] [data-testid=planned-entry]"));

        var lunch = cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Lunch]");
        lunch.QuerySelector("[data-testid=copy-meal] button")!.Click();
        popovers.WaitForAssertion(() => Assert.Equal(6, popovers.FindAll("[data-testid=copy-meal-to]").Count));
        popovers.Find("[data-testid=copy-meal-to][data-day='4']").Click();

        cut.WaitForAssertion(() =>
        {
            var copied = cut.FindAll("[data-testid=plan-day][data-day='4'] [data-testid=planned-entry]");
            Assert.Contains("Lentils", Assert.Single(copied).TextContent, StringComparison.Ordinal);
        });
        Assert.Equal(2, cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=planned-entry]").Count);
    }

    [Fact]
    public async Task The_shopping_list_is_grouped_by_aisle_and_a_tick_is_shown_again_on_the_next_visit()
    {
        var (nutritionist, planId) = await PlanAsync();
        var lentils = await FoodIdAsync(factory.Services, TestFoods.LentilsKey);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<ShoppingListPage>(p => p.Add(x => x.Id, planId));
        cut.WaitForAssertion(() => Assert.Equal(["Produce", "Tins & jars"], cut.FindAll("[data-testid=aisle-name]").Select(h => h.TextContent.Trim())));
        Assert.Contains("dry", cut.Find($"[data-testid=shopping-item][data-food='{lentils}'] [data-testid=shopping-quantity]").TextContent, StringComparison.Ordinal);
        Assert.Contains("3 × 1 medium", cut.Find("[data-aisle=Produce] [data-testid=shopping-quantity]").TextContent, StringComparison.Ordinal);

        cut.Find($"[data-testid=shopping-item][data-food='{lentils}'] input[type=checkbox]").Change(true);
        cut.WaitForAssertion(() => Assert.Contains("shopping-have", cut.Find($"[data-testid=shopping-item][data-food='{lentils}']").ClassName ?? string.Empty, StringComparison.Ordinal));

        // A new visit (a reload) reads the tick back from the database.
        var again = Render<ShoppingListPage>(p => p.Add(x => x.Id, planId));
        again.WaitForAssertion(() => Assert.Single(again.FindAll(".shopping-have")));
        Assert.True(again.Find($"[data-testid=shopping-item][data-food='{lentils}'] input[type=checkbox]").HasAttribute("checked"));
    }

    /// <summary>A nutritionist's plan for her client: day 0 breakfast banana (3 medium), lunch cooked lentils.</summary>
    private async Task<(AppUser Nutritionist, int PlanId)> PlanAsync()
    {
        _ = factory.Server;
        var mother = await MotherAsync(factory.Services);
        var nutritionist = await NutritionistAsync(factory.Services);
        await LinkAsync(factory.Services, mother, nutritionist);
        var lentils = await FoodIdAsync(factory.Services, TestFoods.LentilsKey);
        var banana = await FoodIdAsync(factory.Services, TestFoods.BananaKey);
        var planId = await PlansAsAsync(factory.Services, nutritionist, async plans =>
        {
            var id = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Copy week", WeekStart = Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, banana, 354, MealSlot.Breakfast));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, lentils, 250));
            return id;
        });
        return (nutritionist, planId);
    }
}
