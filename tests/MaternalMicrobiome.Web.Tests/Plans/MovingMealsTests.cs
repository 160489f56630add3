using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>Moving a meal to another day or meal of a plan (the editor's drag and "Move to…"), through the real service.</summary>
public sealed class MovingMealsTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    [Fact]
    public async Task A_moved_meal_keeps_its_foods_grams_and_notes_after_the_target_meals_foods()
    {
        var (_, nutritionist, planId) = await NutritionistsPlanAsync();
        var oats = await FoodIdAsync(Services, "usda-08120");
        await EditAsync(nutritionist, planId, (plans, version) => plans.AddEntryAsync(planId, version, PlannedGrams(2, oats, 40, MealSlot.Breakfast)));
        await EditAsync(nutritionist, planId, (plans, version) => plans.SetMealNoteAsync(planId, version, Note(2, MealSlot.Breakfast, "Oats soaked overnight")));
        var before = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));

        var moved = await PlansAsAsync(Services, nutritionist, plans => plans.MoveMealAsync(planId, before.Version, 0, MealSlot.Breakfast, 2, MealSlot.Breakfast));

        var after = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));
        Assert.Equal(2, moved);
        Assert.DoesNotContain(after.Entries, e => e.DayIndex == 0 && e.Slot == MealSlot.Breakfast);
        var breakfast = after.Entries.Where(e => e.DayIndex == 2 && e.Slot == MealSlot.Breakfast).Select(e => (e.FoodName, e.Grams, e.Note)).ToList();
        var banana = before.Entries.Single(e => e.DayIndex == 0 && e.Note is not null);
        var kefir = before.Entries.Single(e => e.DayIndex == 0 && e.Slot == MealSlot.Breakfast && e.Note is null);
        Assert.Equal(
            [(before.Entries.Single(e => e.FoodId == oats).FoodName, 40.0, null), (banana.FoodName, 354.0, "Ripe ones"), (kefir.FoodName, 200.0, null)],
            breakfast);
        Assert.Null(after.NoteFor(0, MealSlot.Breakfast));
        Assert.Equal("Oats soaked overnight\n\nBanana on top", after.NoteFor(2, MealSlot.Breakfast));

        // Onto another meal of another day: that meal, with its note carried as it is.
        Assert.Equal(1, await EditAsync(nutritionist, planId, (plans, version) => plans.MoveMealAsync(planId, version, 0, MealSlot.Lunch, 4, MealSlot.Dinner)));
        var dinner = Assert.Single((await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId))).Entries, e => e.DayIndex == 4);
        Assert.Equal((MealSlot.Dinner, 250.0), (dinner.Slot, dinner.Grams));
        Assert.Equal("Soak the lentils", (await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId))).NoteFor(4, MealSlot.Dinner));
    }

    [Fact]
    public async Task A_meal_moved_onto_itself_changes_nothing_not_even_the_version()
    {
        var (_, nutritionist, planId) = await NutritionistsPlanAsync();
        var before = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));

        var moved = await PlansAsAsync(Services, nutritionist, plans => plans.MoveMealAsync(planId, before.Version, 0, MealSlot.Breakfast, 0, MealSlot.Breakfast));

        Assert.Equal(0, moved);
        await AssertUnchangedAsync(nutritionist, before);
    }

    [Fact]
    public async Task A_move_with_an_old_version_is_a_conflict_and_moves_nothing()
    {
        var (_, nutritionist, planId) = await NutritionistsPlanAsync();
        var stale = (await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId))).Version;
        await EditAsync(nutritionist, planId, (plans, version) => plans.SetMealNoteAsync(planId, version, Note(3, MealSlot.Snack, "Someone else's change")));
        var before = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));

        await Assert.ThrowsAsync<PlanConflictException>(() =>
            PlansAsAsync(Services, nutritionist, plans => plans.MoveMealAsync(planId, stale, 0, MealSlot.Breakfast, 5, MealSlot.Breakfast)));

        await AssertUnchangedAsync(nutritionist, before);
    }

    [Fact]
    public async Task The_mother_cannot_move_a_meal_of_the_plan_her_nutritionist_wrote_and_an_unlinked_nutritionist_finds_no_plan()
    {
        var (mother, nutritionist, planId) = await NutritionistsPlanAsync();
        var stranger = await NutritionistAsync(Services);
        await EditAsync(nutritionist, planId, (plans, version) => plans.ShareAsync(planId, version));
        var before = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            PlansAsAsync(Services, mother, plans => plans.MoveMealAsync(planId, before.Version, 0, MealSlot.Breakfast, 1, MealSlot.Breakfast)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            PlansAsAsync(Services, stranger, plans => plans.MoveMealAsync(planId, before.Version, 0, MealSlot.Breakfast, 1, MealSlot.Breakfast)));

        await AssertUnchangedAsync(nutritionist, before);
    }

    [Fact]
    public async Task A_nutritionists_move_sends_an_accepted_plan_back_to_shared_but_a_move_onto_itself_does_not()
    {
        var (mother, nutritionist, planId) = await NutritionistsPlanAsync();
        await EditAsync(nutritionist, planId, (plans, version) => plans.ShareAsync(planId, version));
        await PlansAsAsync(Services, mother, async plans => await plans.AcceptAsync(planId, (await plans.GetAsync(planId)).Version));

        await EditAsync(nutritionist, planId, (plans, version) => plans.MoveMealAsync(planId, version, 0, MealSlot.Lunch, 0, MealSlot.Lunch));
        Assert.Equal(MealPlanStatus.Accepted, (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Status);

        await EditAsync(nutritionist, planId, (plans, version) => plans.MoveMealAsync(planId, version, 0, MealSlot.Lunch, 1, MealSlot.Lunch));
        Assert.Equal(MealPlanStatus.Shared, (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Status);
    }

    [Fact]
    public async Task A_meal_with_a_food_already_logged_stays_on_its_day_with_a_message_saying_why()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);
        var banana = await FoodIdAsync(Services, TestFoods.BananaKey);

        // Her own plan started two days ago: day 2 is today, and she logged the lentils of its lunch.
        var planId = await PlansAsAsync(Services, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "Logged week", WeekStart = Today.AddDays(-2) }));
        await EditAsync(mother, planId, (plans, version) => plans.AddEntryAsync(planId, version, PlannedGrams(2, lentils, 200)));
        await EditAsync(mother, planId, (plans, version) => plans.AddEntryAsync(planId, version, PlannedGrams(2, banana, 118)));
        var lentilsId = (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Entries.Single(e => e.FoodId == lentils).Id;
        await PlansAsAsync(Services, mother, plans => plans.LogEntryAsync(planId, lentilsId));
        var before = await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId));

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            PlansAsAsync(Services, mother, plans => plans.MoveMealAsync(planId, before.Version, 2, MealSlot.Lunch, 3, MealSlot.Lunch)));

        Assert.Contains("already logged on Tuesday 10 Mar", Assert.Single(refused.Errors).ErrorMessage, StringComparison.Ordinal);
        await AssertUnchangedAsync(mother, before);
    }

    [Fact]
    public async Task Two_notes_too_long_to_join_are_refused_and_nothing_moves()
    {
        var (_, nutritionist, planId) = await NutritionistsPlanAsync();
        var long1 = new string('a', 300);
        await EditAsync(nutritionist, planId, (plans, version) => plans.SetMealNoteAsync(planId, version, Note(0, MealSlot.Breakfast, long1)));
        await EditAsync(nutritionist, planId, (plans, version) => plans.SetMealNoteAsync(planId, version, Note(1, MealSlot.Breakfast, new string('b', 199))));
        var before = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            PlansAsAsync(Services, nutritionist, plans => plans.MoveMealAsync(planId, before.Version, 0, MealSlot.Breakfast, 1, MealSlot.Breakfast)));

        Assert.Equal(nameof(MealNoteRequest.Text), Assert.Single(refused.Errors).PropertyName);
        await AssertUnchangedAsync(nutritionist, before);
    }

    /// <summary>
    /// A linked nutritionist's draft for her client: day 0 breakfast banana 354 g ("Ripe ones") and kefir 200 g with the
    /// note "Banana on top", day 0 lunch lentils 250 g with the note "Soak the lentils".
    /// </summary>
    private async Task<(AppUser Mother, AppUser Nutritionist, int PlanId)> NutritionistsPlanAsync()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await LinkAsync(Services, mother, nutritionist);
        var lentils = await FoodIdAsync(Services, TestFoods.LentilsKey);
        var banana = await FoodIdAsync(Services, TestFoods.BananaKey);
        var kefir = await FoodIdAsync(Services, TestFoods.KefirKey);
        var planId = await PlansAsAsync(Services, nutritionist, plans => plans.CreateAsync(mother.Id, new NewPlanRequest { Title = "Moving week", WeekStart = Today }));
        var ripe = PlannedGrams(0, banana, 354, MealSlot.Breakfast);
        ripe.Note = "Ripe ones";
        await EditAsync(nutritionist, planId, (plans, version) => plans.AddEntryAsync(planId, version, ripe));
        await EditAsync(nutritionist, planId, (plans, version) => plans.AddEntryAsync(planId, version, PlannedGrams(0, kefir, 200, MealSlot.Breakfast)));
        await EditAsync(nutritionist, planId, (plans, version) => plans.AddEntryAsync(planId, version, PlannedGrams(0, lentils, 250)));
        await EditAsync(nutritionist, planId, (plans, version) => plans.SetMealNoteAsync(planId, version, Note(0, MealSlot.Breakfast, "Banana on top")));
        await EditAsync(nutritionist, planId, (plans, version) => plans.SetMealNoteAsync(planId, version, Note(0, MealSlot.Lunch, "Soak the lentils")));
        return (mother, nutritionist, planId);
    }

    /// <summary>The plan as it was: the same foods, notes and version.</summary>
    private async Task AssertUnchangedAsync(AppUser user, PlanView before)
    {
        var after = await PlansAsAsync(Services, user, plans => plans.GetAsync(before.Id));
        Assert.Equal((before.Version, before.Status), (after.Version, after.Status));
        Assert.Equal(before.Entries, after.Entries);
        Assert.Equal(before.MealNotes, after.MealNotes);
    }

    private static MealNoteRequest Note(int day, MealSlot slot, string text) => new() { DayIndex = day, Slot = slot, Text = text };

    /// <summary>One change made on the plan's current version.</summary>
    private Task EditAsync(AppUser user, int planId, Func<MealPlanService, Guid, Task> change) =>
        PlansAsAsync(Services, user, async plans => await change(plans, (await plans.GetAsync(planId)).Version));

    private Task<T> EditAsync<T>(AppUser user, int planId, Func<MealPlanService, Guid, Task<T>> change) =>
        PlansAsAsync(Services, user, async plans => await change(plans, (await plans.GetAsync(planId)).Version));
}
