using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>The plan editor's "Copy to…", drag and "Move to…" of a meal and the shopping list's aisles and ticks, rendered on the real services.</summary>
public sealed class PlanningComponentsTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task Copy_to_another_day_from_a_meals_menu_puts_the_meal_on_that_day()
    {
        var (nutritionist, planId) = await PlanAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        var (cut, popovers, _) = RenderEditor(scope, planId);
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
    public async Task Dragging_a_meal_onto_another_day_moves_it_there_and_says_so()
    {
        var (nutritionist, planId) = await PlanAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        var (cut, _, snackbars) = RenderEditor(scope, planId);
        Assert.All(cut.FindAll("[data-testid=plan-slot]"), slot => Assert.Equal("true", slot.GetAttribute("draggable")));

        cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Lunch]").DragStart();
        cut.Find("[data-testid=plan-day-drop][data-day='4']").DragEnter();
        cut.WaitForAssertion(() => Assert.Equal("Drop to move lunch here", cut.Find("[data-testid=plan-day-drop][data-day='4'] [data-testid=drop-hint]").TextContent.Trim()));
        Assert.Contains("plan-drop-day", cut.Find("[data-testid=plan-day-drop][data-day='4']").ClassName, StringComparison.Ordinal);
        cut.Find("[data-testid=plan-day-drop][data-day='4']").Drop();

        cut.WaitForAssertion(() =>
        {
            var moved = Assert.Single(cut.FindAll("[data-testid=plan-day][data-day='4'] [data-testid=plan-slot][data-slot=Lunch] [data-testid=planned-entry]"));
            Assert.Contains("Lentils", moved.TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Lunch]"));
        Assert.Empty(cut.FindAll("[data-testid=drop-hint]"));
        snackbars.WaitForAssertion(() => Assert.Contains("Moved lunch (1 food) to Saturday.", snackbars.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dropping_a_meal_on_another_meal_moves_it_into_that_meal_and_move_to_does_the_same_from_the_keyboard()
    {
        var (nutritionist, planId) = await PlanAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        var (cut, popovers, _) = RenderEditor(scope, planId);

        // The lunch dropped onto the same day's breakfast block becomes part of the breakfast.
        cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Lunch]").DragStart();
        cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Breakfast]").DragEnter();
        cut.WaitForAssertion(() => Assert.Equal("Drop to move lunch here, as breakfast", cut.Find("[data-testid=drop-hint]").TextContent.Trim()));
        cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Breakfast]").Drop();
        cut.WaitForAssertion(() => Assert.Equal(
            ["Breakfast"],
            cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot]").Select(s => s.GetAttribute("data-slot"))));
        Assert.Equal(2, cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=planned-entry]").Count);

        // "Move to…" in the meal's menu, for the keyboard and screen readers.
        cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Breakfast] [data-testid=move-meal] button").Click();
        popovers.WaitForAssertion(() => Assert.Equal(6, popovers.FindAll("[data-testid=move-meal-to]").Count));
        popovers.Find("[data-testid=move-meal-to][data-day='6']").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=plan-day][data-day='6'] [data-testid=plan-slot][data-slot=Breakfast] [data-testid=planned-entry]").Count));
        Assert.Empty(cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=planned-entry]"));
    }

    [Fact]
    public async Task The_mother_cannot_drag_the_meals_of_the_plan_her_nutritionist_wrote()
    {
        var (nutritionist, planId) = await PlanAsync();
        var motherId = await PlansAsAsync(factory.Services, nutritionist, async plans =>
        {
            await plans.ShareAsync(planId, (await plans.GetAsync(planId)).Version);
            return (await plans.GetAsync(planId)).ClientId!;
        });
        await using var scope = await Given.SignedInScopeAsync(factory.Services, await Given.ReadAsync(factory.Services, db => db.Users.SingleAsync(u => u.Id == motherId)));
        var (cut, _, _) = RenderEditor(scope, planId);
        Assert.All(cut.FindAll("[data-testid=plan-slot]"), slot => Assert.Equal("false", slot.GetAttribute("draggable")));
        Assert.Empty(cut.FindAll("[data-testid=move-meal]"));

        cut.Find("[data-testid=plan-day][data-day='0'] [data-testid=plan-slot][data-slot=Lunch]").DragStart();
        cut.Find("[data-testid=plan-day-drop][data-day='4']").DragEnter();
        cut.Find("[data-testid=plan-day-drop][data-day='4']").Drop();
        Assert.Empty(cut.FindAll("[data-testid=drop-hint]"));
        Assert.Empty(cut.FindAll("[data-testid=plan-day][data-day='4'] [data-testid=planned-entry]"));
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

    /// <summary>
    /// The plan's editor as the scope's user sees it, interactive, with the providers of its menus and messages, once
    /// day 0 shows its two foods.
    /// </summary>
    private (IRenderedComponent<PlanEditorPage> Editor, IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<MudSnackbarProvider> Snackbars) RenderEditor(
        AsyncServiceScope scope, int planId)
    {
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var popovers = Render<MudPopoverProvider>();
        var snackbars = Render<MudSnackbarProvider>();
        var cut = Render<PlanEditorPage>(p => p.Add(x => x.Id, planId));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=plan-day][data-day='0'] [data-testid=planned-entry]").Count));

        // The day's suggestions load after the plan shows; its last render must not land between a test's steps.
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=suggestions] .mud-progress-linear")));
        return (cut, popovers, snackbars);
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
