using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>Templates applied in one action, a template day, copying a meal, meal notes and the remembered shopping ticks.</summary>
public sealed class PlanningAtPracticeSpeedTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    [Fact]
    public async Task A_nutritionist_applies_her_template_to_a_client_in_one_action_and_again_fills_the_same_plan()
    {
        _ = factory.Server;
        var (mother, nutritionist, templateId) = await PracticeWithTemplateAsync();

        var first = await PlansAsAsync(Services, nutritionist, plans => plans.ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = templateId, ClientId = mother.Id, WeekStart = Today }));
        var again = await PlansAsAsync(Services, nutritionist, plans => plans.ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = templateId, ClientId = mother.Id, WeekStart = Today }));
        var plan = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(first.PlanId));

        Assert.True(first.Created);
        Assert.Equal((first.PlanId, false, 3), (again.PlanId, again.Created, again.Added));
        Assert.Equal("Gut week", plan.Title);
        Assert.Equal(MealPlanStatus.Draft, plan.Status);
        Assert.Equal(Today, plan.WeekStart);
        Assert.Equal(6, plan.Entries.Count);
        Assert.Equal("Soak the lentils overnight", plan.NoteFor(0, MealSlot.Lunch));
        Assert.Single(plan.MealNotes);

        // Another week is another plan.
        var next = await PlansAsAsync(Services, nutritionist, plans => plans.ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = templateId, ClientId = mother.Id, WeekStart = Today.AddDays(7) }));
        Assert.True(next.Created);
        Assert.NotEqual(first.PlanId, next.PlanId);
    }

    [Fact]
    public async Task Another_nutritionist_cannot_apply_a_template_to_her_client()
    {
        _ = factory.Server;
        var (mother, _, _) = await PracticeWithTemplateAsync();
        var stranger = await NutritionistAsync(Services);
        var planId = await PlansAsAsync(Services, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "Mine", WeekStart = Today }));

        await Assert.ThrowsAsync<NotFoundException>(() => PlansAsAsync(Services, stranger, plans =>
            plans.ApplyTemplateAsync(new ApplyTemplateRequest { TemplateId = 1, ClientId = mother.Id, WeekStart = Today })));
        await Assert.ThrowsAsync<NotFoundException>(() => PlansAsAsync(Services, stranger, plans => plans.SetHaveAsync(planId, 1, true)));
    }

    [Fact]
    public async Task A_template_day_goes_onto_the_chosen_day_and_a_copied_meal_brings_its_foods_and_note()
    {
        _ = factory.Server;
        var (mother, nutritionist, templateId) = await PracticeWithTemplateAsync();
        var planId = await PlansAsAsync(Services, nutritionist, plans => plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Empty week", WeekStart = Today }));

        var fromTemplate = await PlansAsAsync(Services, nutritionist, async plans => await plans.ApplyTemplateDayAsync(planId, (await plans.GetAsync(planId)).Version, templateId, 0, 3));
        var copied = await PlansAsAsync(Services, nutritionist, async plans => await plans.CopyMealAsync(planId, (await plans.GetAsync(planId)).Version, 3, MealSlot.Lunch, 5));
        var plan = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));

        Assert.Equal(2, fromTemplate);
        Assert.Equal(1, copied);
        Assert.Equal([(3, MealSlot.Breakfast), (3, MealSlot.Lunch), (5, MealSlot.Lunch)], plan.Entries.Select(e => (e.DayIndex, e.Slot)));
        Assert.Equal("Soak the lentils overnight", plan.NoteFor(3, MealSlot.Lunch));
        Assert.Equal("Soak the lentils overnight", plan.NoteFor(5, MealSlot.Lunch));
        Assert.Null(plan.NoteFor(3, MealSlot.Breakfast));
    }

    [Fact]
    public async Task A_meal_note_is_saved_replaced_and_removed_and_the_mother_cannot_change_her_nutritionists_note()
    {
        _ = factory.Server;
        var (mother, nutritionist, _) = await PracticeWithTemplateAsync();
        var planId = await PlansAsAsync(Services, nutritionist, plans => plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Notes", WeekStart = Today }));
        Task SetAsync(string? text) => PlansAsAsync(Services, nutritionist, async plans =>
            await plans.SetMealNoteAsync(planId, (await plans.GetAsync(planId)).Version, new MealNoteRequest { DayIndex = 2, Slot = MealSlot.Dinner, Text = text }));

        await SetAsync("  Half the rice, more greens  ");
        Assert.Equal("Half the rice, more greens", (await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId))).NoteFor(2, MealSlot.Dinner));
        await SetAsync("More greens");
        Assert.Equal("More greens", Assert.Single((await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId))).MealNotes).Text);

        var version = await PlansAsAsync(Services, nutritionist, async plans =>
        {
            await plans.ShareAsync(planId, (await plans.GetAsync(planId)).Version);
            return (await plans.GetAsync(planId)).Version;
        });
        await Assert.ThrowsAsync<AccessDeniedException>(() => PlansAsAsync(Services, mother, plans =>
            plans.SetMealNoteAsync(planId, version, new MealNoteRequest { DayIndex = 2, Slot = MealSlot.Dinner, Text = "Mine" })));

        await SetAsync("   ");
        Assert.Empty((await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId))).MealNotes);
    }

    [Fact]
    public async Task The_shopping_list_buys_dry_lentils_litres_of_kefir_and_whole_bananas_and_remembers_her_ticks()
    {
        _ = factory.Server;
        var (mother, nutritionist, _) = await PracticeWithTemplateAsync();
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);
        var banana = await FoodIdAsync(Services, TestFoods.BananaKey);
        var kefir = await FoodIdAsync(Services, TestFoods.KefirKey);
        var planId = await PlansAsAsync(Services, nutritionist, async plans =>
        {
            var id = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Shop", WeekStart = Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, lentils, 500));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(1, banana, 300));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(2, kefir, 750, MealSlot.Drink));
            await plans.ShareAsync(id, (await plans.GetAsync(id)).Version);
            return id;
        });

        var list = await PlansAsAsync(Services, mother, plans => plans.GetShoppingListAsync(planId));
        var byFood = list.List.Items.ToDictionary(i => i.FoodId);
        Assert.Equal([ShopAisle.Produce, ShopAisle.DairyAndEggs, ShopAisle.TinsAndJars], list.List.Aisles.Select(a => a.Key));
        Assert.Equal((BuyingUnit.DryWeight, 200.0), (byFood[lentils].Buy.Unit, byFood[lentils].Buy.Amount));
        Assert.Equal((BuyingUnit.Litres, 0.75), (byFood[kefir].Buy.Unit, byFood[kefir].Buy.Amount));
        Assert.Equal((BuyingUnit.Items, 3.0), (byFood[banana].Buy.Unit, byFood[banana].Buy.Amount));
        Assert.Empty(list.Have);

        // She ticks on the plan her nutritionist shared; the tick is there for both of them on the next read.
        await PlansAsAsync(Services, mother, plans => plans.SetHaveAsync(planId, lentils, true));
        await PlansAsAsync(Services, mother, plans => plans.SetHaveAsync(planId, lentils, true));
        await PlansAsAsync(Services, nutritionist, plans => plans.SetHaveAsync(planId, kefir, true));
        Assert.Equal([kefir, lentils], (await PlansAsAsync(Services, nutritionist, plans => plans.GetShoppingListAsync(planId))).Have.Order());
        await PlansAsAsync(Services, mother, plans => plans.SetHaveAsync(planId, kefir, false));
        Assert.Equal([lentils], (await PlansAsAsync(Services, mother, plans => plans.GetShoppingListAsync(planId))).Have);
        Assert.Contains(",yes", await PlansAsAsync(Services, mother, plans => plans.ExportShoppingCsvAsync(planId)), StringComparison.Ordinal);
    }

    /// <summary>A mother linked to a nutritionist, who owns a template (saved from a plan of two weeks ago): day 0 breakfast oats and lunch lentils (with a note), day 1 banana.</summary>
    private async Task<(AppUser Mother, AppUser Nutritionist, int TemplateId)> PracticeWithTemplateAsync()
    {
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await LinkAsync(Services, mother, nutritionist);
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);
        var banana = await FoodIdAsync(Services, TestFoods.BananaKey);
        var oats = await FoodIdAsync(Services, "usda-08120");
        var templateId = await PlansAsAsync(Services, nutritionist, async plans =>
        {
            var id = await plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Source", WeekStart = Today.AddDays(-14) });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, oats, 40, MealSlot.Breakfast));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, lentils, 200));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(1, banana, 118, MealSlot.Snack));
            await plans.SetMealNoteAsync(id, (await plans.GetAsync(id)).Version, new MealNoteRequest { DayIndex = 0, Slot = MealSlot.Lunch, Text = "Soak the lentils overnight" });
            return await plans.SaveAsTemplateAsync(id, "Gut week");
        });
        return (mother, nutritionist, templateId);
    }
}
