using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Meal plans and their planned foods, through <see cref="MealPlanService"/>.</summary>
public sealed class MealPlanBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    public static BadInputTable<NewPlanRequest> NewPlans { get; } = new()
    {
        { "title empty", new() { Title = string.Empty, WeekStart = Today }, "Title" },
        { "title zero-width only", new() { Title = BadText.ZeroWidthOnly, WeekStart = Today }, "Title" },
        { "title 121 characters", new() { Title = BadText.Repeated(121), WeekStart = Today }, "Title" },
        { "title 61 emoji", new() { Title = BadText.EmojiRun(61), WeekStart = Today }, "Title" },
        { "title with NUL", new() { Title = BadText.Nul, WeekStart = Today }, "Title" },
        { "title with a lone surrogate", new() { Title = BadText.LoneSurrogate, WeekStart = Today }, "Title" },
        { "week DateOnly.MinValue", new() { Title = "Week", WeekStart = DateOnly.MinValue }, "WeekStart" },
        { "week DateOnly.MaxValue", new() { Title = "Week", WeekStart = DateOnly.MaxValue }, "WeekStart" },
        { "week six years ago", new() { Title = "Week", WeekStart = Today.AddYears(-6) }, "WeekStart" },
        { "week two years ahead", new() { Title = "Week", WeekStart = Today.AddYears(2) }, "WeekStart" },
        { "template zero", new() { Title = "Week", WeekStart = Today, TemplateId = 0 }, "TemplateId" },
        { "template negative", new() { Title = "Week", WeekStart = Today, TemplateId = -1 }, "TemplateId" },
    };

    public static TheoryData<string> NewPlanCases => NewPlans.Names;

    public static BadInputTable<Action<PlannedEntryRequest>> Entries { get; } = new()
    {
        { "day -1", r => r.DayIndex = -1, "DayIndex" },
        { "day 7", r => r.DayIndex = 7, "DayIndex" },
        { "day int.MaxValue", r => r.DayIndex = int.MaxValue, "DayIndex" },
        { "amount zero", r => r.Amount = 0, "Amount" },
        { "amount NaN", r => r.Amount = double.NaN, "Amount" },
        { "amount +infinity", r => r.Amount = double.PositiveInfinity, "Amount" },
        { "amount negative", r => r.Amount = -100, "Amount" },
        { "amount 0.05 g", r => r.Amount = 0.05, "Amount" },
        { "amount 5001 g", r => r.Amount = 5001, "Amount" },
        { "food zero", r => r.FoodId = 0, "FoodId" },
        { "food not in the catalog", r => r.FoodId = int.MaxValue, "FoodId" },
        { "slot unknown", r => r.Slot = (MealSlot)99, "Slot" },
        { "unit unknown", r => r.Unit = (QuantityUnit)99, "Unit" },
        { "portion not the food's", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, BadText.Script), "PortionDescription" },
        { "note 501 characters", r => r.Note = BadText.Repeated(501), "Note" },
        { "note with NUL", r => r.Note = BadText.Nul, "Note" },
    };

    public static TheoryData<string> EntryCases => Entries.Names;

    public static BadInputTable<(int From, int To)> CopyDays { get; } = new()
    {
        { "copy from day -1", (-1, 2), "DayIndex" },
        { "copy to day 7", (0, 7), "DayIndex" },
        { "copy to day int.MinValue", (0, int.MinValue), "DayIndex" },
    };

    public static TheoryData<string> CopyDayCases => CopyDays.Names;

    public static BadInputTable<string> TemplateTitles { get; } = new()
    {
        { "template title empty", string.Empty, "Title" },
        { "template title 121 characters", BadText.Repeated(121), "Title" },
        { "template title with NUL", BadText.Nul, "Title" },
    };

    public static TheoryData<string> TemplateTitleCases => TemplateTitles.Names;

    public static BadInputTable<(int From, MealSlot Slot, int To)> CopyMeals { get; } = new()
    {
        { "copy meal from day -1", (-1, MealSlot.Lunch, 2), "DayIndex" },
        { "copy meal to day 7", (0, MealSlot.Lunch, 7), "DayIndex" },
        { "copy meal of an unknown slot", (0, (MealSlot)99, 2), "Slot" },
    };

    public static TheoryData<string> CopyMealCases => CopyMeals.Names;

    public static BadInputTable<(int From, MealSlot Slot, int To, MealSlot ToSlot)> MoveMeals { get; } = new()
    {
        { "move meal from day -1", (-1, MealSlot.Lunch, 2, MealSlot.Lunch), "DayIndex" },
        { "move meal to day 7", (0, MealSlot.Lunch, 7, MealSlot.Lunch), "DayIndex" },
        { "move meal to day int.MinValue", (0, MealSlot.Lunch, int.MinValue, MealSlot.Lunch), "DayIndex" },
        { "move meal of an unknown slot", (0, (MealSlot)99, 2, MealSlot.Lunch), "Slot" },
        { "move meal into an unknown slot", (0, MealSlot.Lunch, 2, (MealSlot)(-1)), "Slot" },
    };

    public static TheoryData<string> MoveMealCases => MoveMeals.Names;

    public static BadInputTable<MealNoteRequest> MealNotes { get; } = new()
    {
        { "meal note on day -1", new() { DayIndex = -1, Slot = MealSlot.Lunch, Text = "Soak the lentils" }, "DayIndex" },
        { "meal note on day 7", new() { DayIndex = 7, Slot = MealSlot.Lunch, Text = "Soak the lentils" }, "DayIndex" },
        { "meal note on an unknown slot", new() { DayIndex = 0, Slot = (MealSlot)99, Text = "Soak the lentils" }, "Slot" },
        { "meal note 501 characters", new() { DayIndex = 0, Slot = MealSlot.Lunch, Text = BadText.Repeated(501) }, "Text" },
        { "meal note with NUL", new() { DayIndex = 0, Slot = MealSlot.Lunch, Text = BadText.Nul }, "Text" },
        { "meal note with a lone surrogate", new() { DayIndex = 0, Slot = MealSlot.Lunch, Text = BadText.LoneSurrogate }, "Text" },
    };

    public static TheoryData<string> MealNoteCases => MealNotes.Names;

    public static BadInputTable<ApplyTemplateRequest> ApplyTemplates { get; } = new()
    {
        { "apply template zero", new() { TemplateId = 0, WeekStart = Today }, "TemplateId" },
        { "apply template negative", new() { TemplateId = -1, WeekStart = Today }, "TemplateId" },
        { "apply to an empty client id", new() { TemplateId = 1, ClientId = string.Empty, WeekStart = Today }, "ClientId" },
        { "apply to a blank client id", new() { TemplateId = 1, ClientId = "   ", WeekStart = Today }, "ClientId" },
        { "apply to a 65-character client id", new() { TemplateId = 1, ClientId = BadText.Repeated(65), WeekStart = Today }, "ClientId" },
        { "apply on week DateOnly.MinValue", new() { TemplateId = 1, WeekStart = DateOnly.MinValue }, "WeekStart" },
        { "apply on week DateOnly.MaxValue", new() { TemplateId = 1, WeekStart = DateOnly.MaxValue }, "WeekStart" },
        { "apply on a week two years ahead", new() { TemplateId = 1, WeekStart = Today.AddYears(2) }, "WeekStart" },
    };

    public static TheoryData<string> ApplyTemplateCases => ApplyTemplates.Names;

    public static BadInputTable<(int TemplateDay, int ToDay)> TemplateDays { get; } = new()
    {
        { "template day -1", (-1, 0), "DayIndex" },
        { "template day 7", (7, 0), "DayIndex" },
        { "template day onto day 7", (0, 7), "DayIndex" },
    };

    public static TheoryData<string> TemplateDayCases => TemplateDays.Names;

    [Theory]
    [MemberData(nameof(NewPlanCases))]
    public async Task A_bad_new_plan_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = NewPlans[name];
        var mother = await BadInputSession.MotherAsync(factory);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.CreateAsync(null, bad.Input)));
    }

    [Theory]
    [MemberData(nameof(EntryCases))]
    public async Task A_bad_planned_food_is_refused_naming_the_field_and_the_plan_is_unchanged(string name)
    {
        var bad = Entries[name];
        var (mother, planId, version) = await PlanAsync();
        var request = Given.PlannedGrams(1, await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey), 150);
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.AddEntryAsync(planId, version, request)),
            db => FingerprintAsync(db, planId));
    }

    [Theory]
    [MemberData(nameof(CopyDayCases))]
    public async Task A_copy_to_or_from_a_day_outside_the_plan_is_refused(string name)
    {
        var bad = CopyDays[name];
        var (mother, planId, version) = await PlanAsync();

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.CopyDayAsync(planId, version, bad.Input.From, bad.Input.To)),
            db => FingerprintAsync(db, planId));
    }

    [Theory]
    [MemberData(nameof(TemplateTitleCases))]
    public async Task A_template_with_a_bad_title_is_refused(string name)
    {
        var bad = TemplateTitles[name];
        var (mother, planId, _) = await PlanAsync();

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.SaveAsTemplateAsync(planId, bad.Input)));
    }

    [Theory]
    [MemberData(nameof(CopyMealCases))]
    public async Task A_meal_copied_to_or_from_outside_the_plan_is_refused(string name)
    {
        var bad = CopyMeals[name];
        var (mother, planId, version) = await PlanAsync();

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.CopyMealAsync(planId, version, bad.Input.From, bad.Input.Slot, bad.Input.To)),
            db => FingerprintAsync(db, planId));
    }

    [Theory]
    [MemberData(nameof(MoveMealCases))]
    public async Task A_meal_moved_to_or_from_outside_the_plan_is_refused(string name)
    {
        var bad = MoveMeals[name];
        var (mother, planId, version) = await PlanAsync();

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.MoveMealAsync(planId, version, bad.Input.From, bad.Input.Slot, bad.Input.To, bad.Input.ToSlot)),
            db => FingerprintAsync(db, planId));
    }

    [Theory]
    [MemberData(nameof(MealNoteCases))]
    public async Task A_bad_meal_note_is_refused_naming_the_field(string name)
    {
        var bad = MealNotes[name];
        var (mother, planId, version) = await PlanAsync();

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.SetMealNoteAsync(planId, version, bad.Input)),
            db => FingerprintAsync(db, planId));
    }

    [Theory]
    [MemberData(nameof(ApplyTemplateCases))]
    public async Task A_bad_apply_template_is_refused_naming_the_field(string name)
    {
        var bad = ApplyTemplates[name];
        var mother = await BadInputSession.MotherAsync(factory);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.ApplyTemplateAsync(bad.Input)));
    }

    [Theory]
    [MemberData(nameof(TemplateDayCases))]
    public async Task A_template_day_from_or_onto_a_day_outside_the_week_is_refused(string name)
    {
        var bad = TemplateDays[name];
        var (mother, planId, version) = await PlanAsync();
        var templateId = await BadInputSession.AsAsync<MealPlanService, int>(factory, mother, plans => plans.SaveAsTemplateAsync(planId, "Day source"));

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.ApplyTemplateDayAsync(planId, version, templateId, bad.Input.TemplateDay, bad.Input.ToDay)),
            db => FingerprintAsync(db, planId));
    }

    [Fact]
    public async Task Ticking_a_food_that_is_not_on_the_list_is_not_found_and_writes_nothing()
    {
        var (mother, planId, _) = await PlanAsync();
        var onion = await Given.FoodIdAsync(factory.Services, TestFoods.OnionKey);

        await Assert.ThrowsAsync<NotFoundException>(() => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.SetHaveAsync(planId, onion, true)));
        await Assert.ThrowsAsync<NotFoundException>(() => BadInputSession.AsAsync<MealPlanService>(factory, mother, plans => plans.SetHaveAsync(planId, int.MaxValue, true)));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().ShoppingTicks.AnyAsync(t => t.MealPlanId == planId));
    }

    /// <summary>A plan of hers with one planned food, and its current version.</summary>
    private async Task<(AppUser Mother, int PlanId, Guid Version)> PlanAsync()
    {
        var mother = await BadInputSession.MotherAsync(factory);
        var lentils = await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey);
        return await BadInputSession.AsAsync<MealPlanService, (AppUser, int, Guid)>(factory, mother, async plans =>
        {
            var planId = await plans.CreateAsync(null, new NewPlanRequest { Title = $"Plan {Guid.NewGuid():N}", WeekStart = Today });
            await plans.AddEntryAsync(planId, (await plans.GetAsync(planId)).Version, Given.PlannedGrams(0, lentils, 150));
            return (mother, planId, (await plans.GetAsync(planId)).Version);
        });
    }

    private static async Task<string> FingerprintAsync(AppDbContext db, int planId)
    {
        var plan = await db.MealPlans.AsNoTracking().Include(p => p.Entries).Include(p => p.MealNotes).SingleAsync(p => p.Id == planId);
        return $"{plan.Title}|{plan.Version}|{string.Join(',', plan.Entries.OrderBy(e => e.Id).Select(e => $"{e.DayIndex}:{e.FoodId}:{e.Amount}"))}"
            + $"|{string.Join(',', plan.MealNotes.OrderBy(n => n.Id).Select(n => $"{n.DayIndex}:{n.Slot}:{n.Text}"))}";
    }
}
