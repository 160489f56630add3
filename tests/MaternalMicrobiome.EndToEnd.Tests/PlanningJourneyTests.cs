using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>
/// Planning at the speed of a practice: the nutritionist saves a week as a template, applies it to her client's next
/// week in one action, copies a meal to another day, writes a meal note, drags a meal to another day, and the shopping
/// list is grouped by aisle with an "already have" tick that survives a reload.
/// </summary>
public sealed partial class PracticeJourneyTests
{
    private const string PlanningClient = "Tess Template";
    private const string TemplateTitle = "Source week (template)";
    private const string MealNote = "Soak the lentils overnight; add lemon.";

    private static readonly string[] AislesOfTheWeek = ["Produce", "Dairy & eggs", "Tins & jars"];

    [Fact]
    public async Task Nutritionist_applies_a_template_to_a_client_copies_a_meal_notes_it_and_ticks_the_shopping_list()
    {
        await app.WithPageAsync("planning-journey", async coach =>
        {
            var mother = await app.NewPageAsync(390, 844);
            try
            {
                await RunPlanningJourneyAsync(coach, mother);
            }
            finally
            {
                await mother.Context.CloseAsync();
            }
        });
    }

    private async Task RunPlanningJourneyAsync(IPage coach, IPage mother)
    {
        await DemoNutritionist.LogInAsync(coach);
        var clientId = await LinkNewClientAsync(coach, mother, PlanningClient);

        // A week she planned once, two weeks ago, saved as a template: a breakfast and a drink on its first day.
        await coach.GotoAsync($"clients/{Uri.EscapeDataString(clientId)}/plans");
        await InteractiveAsync(coach);
        await InputOf(coach, "new-plan-title").FillAsync("Source week");
        var week = InputOf(coach, "new-plan-week");
        await week.FillAsync(MondayOf(DateOnly.FromDateTime(DateTime.Today)).AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await week.PressAsync("Tab");
        await coach.GetByTestId("create-plan").ClickAsync();
        await Expect(coach).ToHaveURLAsync(PlanUrl());
        await InteractiveAsync(coach);
        await coach.Locator("[data-testid=plan-day][data-day='0'] [data-testid=day-score]").ClickAsync();
        await Expect(coach.Locator("[data-testid=plan-day][data-day='0'] [data-testid=day-score]")).ToHaveAttributeAsync("aria-pressed", "true");
        await AddPlannedFoodAsync(coach, "banana", "Banana, raw");
        await AddPlannedFoodAsync(coach, "lentils", "Lentils, cooked");
        await AddPlannedFoodAsync(coach, "kefir", "Kefir, plain, lowfat");
        await coach.GetByTestId("save-template").ClickAsync();
        await Expect(coach.Locator(".mud-snackbar").Filter(new() { HasText = "Saved as a template" })).ToBeVisibleAsync();

        // One action: template, client, week (next Monday by default), Apply.
        await coach.GotoAsync("plan-templates");
        await InteractiveAsync(coach);
        var form = coach.GetByTestId("apply-template");
        await form.GetByTestId("apply-template-choice").ClickAsync();
        await coach.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = TemplateTitle }).First.ClickAsync();
        await form.GetByTestId("apply-template-client").ClickAsync();
        await coach.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = PlanningClient }).ClickAsync();
        await Expect(coach.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(coach.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("planning-apply-template.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);
        await form.GetByTestId("apply-template-submit").ClickAsync();
        await Expect(coach).ToHaveURLAsync(PlanUrl());
        await Expect(coach.GetByTestId("plan-title")).ToHaveTextAsync("Source week");
        await InteractiveAsync(coach);
        var firstDay = coach.Locator("[data-testid=plan-day][data-day='0']");
        await Expect(firstDay.GetByTestId("planned-entry")).ToHaveCountAsync(3);

        // Copy Monday's breakfast to Wednesday from the meal's "Copy to…" menu.
        var breakfast = firstDay.Locator("[data-testid=plan-slot][data-slot=Breakfast]");
        await breakfast.GetByRole(AriaRole.Button, new() { Name = "Copy to… another day: breakfast of" }).ClickAsync();
        await coach.Locator(".mud-popover-open [data-testid=copy-meal-to][data-day='2']").ClickAsync();
        var wednesday = coach.Locator("[data-testid=plan-day][data-day='2']");
        await Expect(wednesday.GetByTestId("planned-entry").Filter(new() { HasText = "Lentils, cooked" })).ToHaveCountAsync(1);

        // A note on Monday's breakfast.
        await breakfast.GetByTestId("edit-meal-note").ClickAsync();
        await breakfast.Locator("[data-testid=meal-note-text] textarea, textarea[data-testid=meal-note-text]").First.FillAsync(MealNote);
        await breakfast.GetByTestId("save-meal-note").ClickAsync();
        await Expect(breakfast.GetByTestId("meal-note")).ToHaveTextAsync(MealNote);
        await Expect(coach.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("planning-editor.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);

        // Drag Monday's breakfast onto Thursday (empty): it moves there with its foods and note.
        var thursday = coach.Locator("[data-testid=plan-day][data-day='3']");
        await Expect(thursday.GetByTestId("planned-entry")).ToHaveCountAsync(0);
        var breakfastFoods = await breakfast.GetByTestId("planned-entry").CountAsync();
        await breakfast.DragToAsync(thursday, new() { SourcePosition = new() { X = 12, Y = 12 } });
        var moved = thursday.Locator("[data-testid=plan-slot][data-slot=Breakfast]");
        await Expect(moved.GetByTestId("planned-entry")).ToHaveCountAsync(breakfastFoods);
        await Expect(moved.GetByTestId("meal-note")).ToHaveTextAsync(MealNote);
        await Expect(firstDay.Locator("[data-testid=plan-slot][data-slot=Breakfast]")).ToHaveCountAsync(0);
        await Expect(coach.Locator(".mud-snackbar").Filter(new() { HasText = $"Moved breakfast ({breakfastFoods} foods) to Thursday." })).ToBeVisibleAsync();
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("plan-drag-meal.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });

        // The shopping list by aisle, in buying units; "already have" on the lentils survives a reload.
        await coach.GetByTestId("shopping-link").ClickAsync();
        await InteractiveAsync(coach);
        await Expect(coach.GetByTestId("aisle-name")).ToHaveTextAsync(AislesOfTheWeek);
        var lentils = coach.GetByTestId("shopping-item").Filter(new() { HasText = "Lentils, cooked" });
        await Expect(lentils.GetByTestId("shopping-quantity")).ToContainTextAsync("dry");
        await Expect(coach.GetByTestId("shopping-item").Filter(new() { HasText = "Kefir" }).GetByTestId("shopping-quantity")).ToContainTextAsync(" L");
        await Expect(coach.GetByTestId("shopping-item").Filter(new() { HasText = "Banana, raw" }).GetByTestId("shopping-quantity")).ToContainTextAsync("2 × 1 medium");
        await lentils.GetByRole(AriaRole.Checkbox, new() { Name = "Already have Lentils, cooked" }).CheckAsync();
        await Expect(lentils).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("shopping-have"));
        await coach.ReloadAsync();
        await InteractiveAsync(coach);
        var reloaded = coach.GetByTestId("shopping-item").Filter(new() { HasText = "Lentils, cooked" });
        await Expect(reloaded.GetByRole(AriaRole.Checkbox, new() { Name = "Already have Lentils, cooked" })).ToBeCheckedAsync();
        await coach.ScreenshotAsync(new() { Path = app.ScreenshotPath("planning-shopping.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await Accessibility.AssertNoSeriousViolationsAsync(coach, output);
    }

    /// <summary>A new mother registers and consents to a fresh invite of the nutritionist's; returns her client id.</summary>
    private static async Task<string> LinkNewClientAsync(IPage coach, IPage mother, string name)
    {
        await coach.GotoAsync("clients/invites");
        await InteractiveAsync(coach);
        var invites = coach.GetByTestId("invite");
        await Expect(coach.GetByTestId("invites")).ToBeVisibleAsync();
        var openBefore = await invites.CountAsync();
        await coach.GetByTestId("create-invite").ClickAsync();
        await Expect(invites).ToHaveCountAsync(openBefore + 1);
        var code = (await coach.Locator(".mud-snackbar").Filter(new() { HasText = "New code" }).TextContentAsync() ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].TrimEnd(':');

        await Mother.RegisterPregnantAsync(mother, displayName: name);
        await mother.GotoAsync("my-nutritionist");
        await InteractiveAsync(mother);
        await InputOf(mother, "invite-code").FillAsync(code);
        await mother.GetByTestId("preview-invite").ClickAsync();
        await mother.GetByTestId("consent").ClickAsync();
        await Expect(mother.GetByTestId("linked-nutritionist")).ToHaveTextAsync(NutritionistName);

        await coach.GotoAsync("clients");
        await InteractiveAsync(coach);
        var client = coach.GetByTestId("roster-client").Filter(new() { HasText = name });
        await Expect(client).ToHaveCountAsync(1);
        return Uri.UnescapeDataString((await client.GetAttributeAsync("href") ?? string.Empty).Split('/')[^1]);
    }
}
