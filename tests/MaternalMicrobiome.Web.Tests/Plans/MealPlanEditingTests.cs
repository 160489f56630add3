using System.Net;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;
using static MaternalMicrobiome.Web.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Web.Tests.Plans;

/// <summary>Editing, scoring, logging from a plan, concurrent editors and the shopping list download.</summary>
public sealed class MealPlanEditingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private IServiceProvider Services => factory.Services;

    [Fact]
    public async Task Logging_a_planned_food_writes_a_meal_entry_on_its_date_and_marks_it_logged()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        var banana = await FoodIdAsync(Services, BananaKey);

        // The plan started two days ago: day 2 is today, day 3 is tomorrow.
        var (planId, view) = await PlansAsAsync(Services, mother, async plans =>
        {
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "This week", WeekStart = Today.AddDays(-2) });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(2, lentils, 200));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(2, banana, 118));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(3, lentils, 100));
            return (id, await plans.GetAsync(id));
        });
        var lentilsToday = view.Entries.Single(e => e.DayIndex == 2 && e.FoodId == lentils);
        Assert.True(view.CanLog(lentilsToday));
        Assert.False(view.CanLog(view.Entries.Single(e => e.DayIndex == 3)));

        var loggedId = await PlansAsAsync(Services, mother, plans => plans.LogEntryAsync(planId, lentilsToday.Id));
        var again = await PlansAsAsync(Services, mother, plans => plans.LogEntryAsync(planId, lentilsToday.Id));
        await Assert.ThrowsAsync<ValidationException>(() => PlansAsAsync(Services, mother, plans => plans.LogEntryAsync(planId, view.Entries.Single(e => e.DayIndex == 3).Id)));

        Assert.Equal(loggedId, again);
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entry = await db.MealEntries.SingleAsync(e => e.UserId == mother.Id);
            Assert.Equal((loggedId, Today, MealSlot.Lunch, lentils, 200.0), (entry.Id, entry.Date, entry.Slot, entry.FoodId, entry.Grams));
            Assert.Equal(loggedId, (await db.PlannedEntries.SingleAsync(e => e.Id == lentilsToday.Id)).LoggedEntryId);
        }

        var after = await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId));
        Assert.True(after.Entries.Single(e => e.Id == lentilsToday.Id).Logged);
        var today = after.Adherence.Days[2];
        Assert.Equal((1, 2), (today.Logged, today.Planned));
        Assert.NotNull(today.ActualScore);
        Assert.True(today.ActualScore < today.PlannedScore);
        Assert.Null(after.Adherence.Days[3].ActualScore);

        // "Log this meal" logs what is left of the meal.
        Assert.Equal(1, await PlansAsAsync(Services, mother, plans => plans.LogMealAsync(planId, 2, MealSlot.Lunch)));
        Assert.Equal(1.0, (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Adherence.Days[2].Fraction);
    }

    [Fact]
    public async Task A_second_editor_with_an_older_version_gets_a_conflict_and_nothing_is_lost()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var nutritionist = await NutritionistAsync(Services);
        await Given.LinkAsync(Services, mother, nutritionist);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        var banana = await FoodIdAsync(Services, BananaKey);
        var planId = await PlansAsAsync(Services, mother, plans => plans.CreateAsync(null, new NewPlanRequest { Title = "Together", WeekStart = Today }));

        var motherView = await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId));
        var nutritionistView = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));
        await PlansAsAsync(Services, mother, plans => plans.AddEntryAsync(planId, motherView.Version, PlannedGrams(0, lentils, 200)));

        var conflict = await Assert.ThrowsAsync<PlanConflictException>(() =>
            PlansAsAsync(Services, nutritionist, plans => plans.AddEntryAsync(planId, nutritionistView.Version, PlannedGrams(0, banana, 118))));
        await Assert.ThrowsAsync<PlanConflictException>(() =>
            PlansAsAsync(Services, nutritionist, plans => plans.RemoveEntryAsync(planId, nutritionistView.Version, 1)));

        Assert.StartsWith("Someone else changed this plan while you were editing it.", conflict.Message, StringComparison.Ordinal);
        var saved = await PlansAsAsync(Services, nutritionist, plans => plans.GetAsync(planId));
        Assert.Equal(lentils, Assert.Single(saved.Entries).FoodId);

        // With the reloaded version, her change goes through and the mother's stays.
        await PlansAsAsync(Services, nutritionist, plans => plans.AddEntryAsync(planId, saved.Version, PlannedGrams(0, banana, 118)));
        Assert.Equal(2, (await PlansAsAsync(Services, mother, plans => plans.GetAsync(planId))).Entries.Count);
    }

    [Fact]
    public async Task Planned_days_are_scored_copied_and_validated_like_logged_entries()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        var view = await PlansAsAsync(Services, mother, async plans =>
        {
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "Copy me", WeekStart = Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, lentils, 200, MealSlot.Dinner));
            Assert.Equal(1, await plans.CopyDayAsync(id, (await plans.GetAsync(id)).Version, 0, 4));
            var current = await plans.GetAsync(id);
            await Assert.ThrowsAsync<ValidationException>(() => plans.AddEntryAsync(id, current.Version, PlannedGrams(7, lentils, 100)));
            await Assert.ThrowsAsync<ValidationException>(() => plans.AddEntryAsync(id, current.Version, PlannedGrams(1, lentils, 0)));
            await Assert.ThrowsAsync<ValidationException>(() => plans.AddEntryAsync(id, current.Version, new PlannedEntryRequest
            {
                DayIndex = 1, FoodId = lentils, Unit = QuantityUnit.Portion, Amount = 1, PortionDescription = "1 bucket",
            }));
            Assert.NotEmpty(await plans.GetSuggestionsAsync(id, 1));
            return await plans.GetAsync(id);
        });

        Assert.Equal(view.Scores[0].Overall, view.Scores[4].Overall);
        Assert.True(view.Scores[0].Overall > 0);
        Assert.Equal(0, view.Scores[1].Overall);
        Assert.Equal(2, view.Entries.Count);
        Assert.Equal(MealSlot.Dinner, view.Entries.Single(e => e.DayIndex == 4).Slot);

        var summary = Assert.Single(await PlansAsAsync(Services, mother, plans => plans.ListAsync(null)));
        Assert.Equal(view.Scores.Select(s => s.Overall), summary.DayScores);
    }

    [Fact]
    public async Task The_shopping_csv_sums_a_recipes_ingredients_and_is_not_found_for_another_mother()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var recipe = await RecipeAsync(Services, mother);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        var planId = await PlansAsAsync(Services, mother, async plans =>
        {
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "Soup week", WeekStart = Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, recipe, 200));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(2, recipe, 200));
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(3, lentils, 50));
            return id;
        });

        var browser = await BrowserAsync(mother);
        var csv = await browser.GetStringAsync(new Uri(PlanEndpoints.ShoppingCsvPath(planId), UriKind.Relative));

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Aisle,Food,Grams,Quantity,AlreadyHave", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("Lentils, cooked", StringComparison.OrdinalIgnoreCase) && l.Contains(",350,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",100,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("soup", StringComparison.OrdinalIgnoreCase));

        var other = await MotherAsync(Services);
        var stranger = await (await BrowserAsync(other)).GetAsync(new Uri(PlanEndpoints.ShoppingCsvPath(planId), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task The_plan_pages_render_for_her_and_say_not_found_to_another_mother()
    {
        _ = factory.Server;
        var mother = await MotherAsync(Services);
        var lentils = await FoodIdAsync(Services, LentilsKey);
        var planId = await PlansAsAsync(Services, mother, async plans =>
        {
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "Rendered week", WeekStart = Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, PlannedGrams(0, lentils, 200));
            return id;
        });
        var browser = await BrowserAsync(mother);

        var list = await browser.GetStringAsync(new Uri("/plans", UriKind.Relative));
        var editor = await browser.GetStringAsync(new Uri($"/plans/{planId}", UriKind.Relative));
        var shopping = await browser.GetStringAsync(new Uri($"/plans/{planId}/shopping", UriKind.Relative));

        Assert.Contains("Rendered week", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plan-week\"", editor, StringComparison.Ordinal);
        Assert.Equal(7, editor.Split("data-testid=\"plan-day\"").Length - 1);
        Assert.Contains("Lentils, cooked", shopping, StringComparison.Ordinal);
        var other = await (await BrowserAsync(await MotherAsync(Services))).GetStringAsync(new Uri($"/plans/{planId}", UriKind.Relative));
        Assert.Contains("That plan does not exist.", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendered week", other, StringComparison.Ordinal);
    }

    private Task<HttpClient> BrowserAsync(Data.Identity.AppUser user) => Given.BrowserOfAsync(factory, user);
}
