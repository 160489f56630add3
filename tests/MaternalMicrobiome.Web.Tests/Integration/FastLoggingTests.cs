using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class FastLoggingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    [Fact]
    public async Task Copying_yesterday_copies_only_her_entries_and_a_meal_copy_only_that_meal()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var otherScope = await Given.SignedInScopeAsync(factory.Services, other))
        {
            await otherScope.ServiceProvider.GetRequiredService<MealLogService>().AddQuickDrinkAsync(Today.AddDays(-1), "usda-14411");
        }

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        var lentils = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentils cooked"))[0];
        await log.AddAsync(new MealEntryRequest { Date = Today.AddDays(-1), Slot = MealSlot.Lunch, FoodId = lentils.Id, Unit = QuantityUnit.Grams, Amount = 200, Note = "with onion" });
        await log.AddQuickDrinkAsync(Today.AddDays(-1), "usda-01289");

        Assert.Equal(2, await log.CopyAsync(Today.AddDays(-1), Today));
        var day = await log.GetDayAsync(Today);
        Assert.Equal(2, day.Entries.Count);
        Assert.Contains(day.Entries, e => e.FoodId == lentils.Id && e.Grams == 200 && e.Note == "with onion");

        Assert.Equal(1, await log.CopyAsync(Today.AddDays(-1), Today.AddDays(-2), MealSlot.Lunch));
        Assert.Single((await log.GetDayAsync(Today.AddDays(-2))).Entries);
    }

    [Fact]
    public async Task The_copy_preview_counts_what_the_copy_then_copies_of_her_own_entries_only()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var otherScope = await Given.SignedInScopeAsync(factory.Services, other))
        {
            await otherScope.ServiceProvider.GetRequiredService<MealLogService>().AddQuickDrinkAsync(Today.AddDays(-3), "usda-14411");
        }

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        await log.AddQuickDrinkAsync(Today.AddDays(-3), "usda-14411");
        await log.AddQuickDrinkAsync(Today.AddDays(-3), "usda-01289");
        await log.AddQuickDrinkAsync(Today, "usda-14355");

        Assert.Equal(2, await log.CountAsync(Today.AddDays(-3)));
        Assert.Equal(2, await log.CountAsync(Today.AddDays(-3), MealSlot.Drink));
        Assert.Equal(0, await log.CountAsync(Today.AddDays(-3), MealSlot.Lunch));
        Assert.Equal(2, await log.CopyAsync(Today.AddDays(-3), Today, MealSlot.Drink));
        Assert.Equal(3, await log.CountAsync(Today));
    }

    [Fact]
    public async Task A_quick_drink_logs_its_millilitres_in_the_drink_slot_and_water_counts_towards_the_water_target()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();

        await log.AddQuickDrinkAsync(Today, QuickDrink.All[0].FoodKey);

        var day = await log.GetDayAsync(Today);
        var entry = Assert.Single(day.Entries);
        Assert.Equal(MealSlot.Drink, entry.Slot);
        Assert.Equal(250, entry.Grams);
        Assert.Equal(250, day.Score.For(MaternalMicrobiome.Domain.Scoring.Metric.BeverageWater)!.Actual, 0);
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => log.AddQuickDrinkAsync(Today, "usda-14209-not-a-drink"));
    }

    [Fact]
    public async Task Undo_puts_a_deleted_entry_back()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        var id = await log.AddQuickDrinkAsync(Today, "usda-14355");
        var deleted = await log.GetEntryAsync(id);

        await log.DeleteAsync(id);
        Assert.Empty((await log.GetDayAsync(Today)).Entries);
        await log.RestoreAsync(deleted);

        var restored = Assert.Single((await log.GetDayAsync(Today)).Entries);
        Assert.Equal(240, restored.Grams);
    }

    [Fact]
    public async Task A_nutritionist_cannot_copy_days()
    {
        _ = factory.Server;
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<MealLogService>().CopyAsync(Today.AddDays(-1), Today));
    }
}
