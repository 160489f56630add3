using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using MaternalMicrobiome.Web.Tests.Practice;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.TodayLogging;

/// <summary>
/// What one action on Today costs the server (docs/performance.md, "Lean circuits"): the database round trips of adding
/// a food, and suggestions worked out once per day until something they depend on changes.
/// </summary>
public sealed class TodayActionCostTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    /// <summary>
    /// The page's add, as Today.razor runs it: the add (the food with its portions, the insert), then her day read once
    /// (profile, target overrides, target history, the 7-day window; foods from the shared cache) and the suggestions
    /// from that same read.
    /// </summary>
    [Fact]
    public async Task Adding_one_food_on_Today_costs_six_round_trips_and_reads_her_day_once()
    {
        var counter = new SqlCommandCounter();
        // The catalog version is read once for the whole test (at most once every 5 s in production).
        await using var counted = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Catalog:VersionCheckSeconds", "3600");
            b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter)));
        });
        var mother = await Given.UserAsync(counted.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(counted.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        var lentils = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentils cooked"))[0];
        var request = new MealEntryRequest { Date = Today, Slot = MealSlot.Lunch, FoodId = lentils.Id, Unit = QuantityUnit.Grams, Amount = 150 };

        async Task AddOnTodayAsync()
        {
            await log.AddAsync(request);
            var day = await log.GetDayAsync(Today);
            await log.GetSuggestionsAsync(day);
        }

        // The first add of the process also fills the shared caches (the food, the suggestion pool): not what is counted.
        await AddOnTodayAsync();
        var (queries, inserts) = await counter.Count(AddOnTodayAsync);

        Assert.Equal(1, inserts);
        Assert.Equal(5, queries);
    }

    [Fact]
    public async Task Suggestions_are_worked_out_once_per_day_and_again_after_she_logs_or_changes_her_profile()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        var lentils = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("lentils cooked"))[0];

        var first = await log.GetSuggestionsAsync(await log.GetDayAsync(Today));
        var reloaded = await log.GetSuggestionsAsync(await log.GetDayAsync(Today));
        var byDate = await log.GetSuggestionsAsync(Today);
        Assert.Same(first, reloaded);
        Assert.Same(first, byDate);

        await log.AddAsync(new MealEntryRequest { Date = Today, Slot = MealSlot.Lunch, FoodId = lentils.Id, Unit = QuantityUnit.Grams, Amount = 150 });
        var afterLog = await log.GetSuggestionsAsync(await log.GetDayAsync(Today));
        Assert.NotSame(first, afterLog);
        Assert.Same(afterLog, await log.GetSuggestionsAsync(await log.GetDayAsync(Today)));

        var profiles = scope.ServiceProvider.GetRequiredService<ProfileService>();
        var profile = await profiles.GetAsync();
        profile.DietPattern = DietPattern.Vegan;
        await profiles.SaveAsync(profile);
        var afterProfile = await log.GetSuggestionsAsync(await log.GetDayAsync(Today));
        Assert.NotSame(afterLog, afterProfile);
        Assert.All(afterProfile, s => Assert.True(s.Food.DietTags.HasFlag(Domain.Catalog.DietTags.Vegan), s.Food.Name));
    }

    [Fact]
    public async Task Suggestions_are_worked_out_again_when_a_food_in_her_window_changes_but_not_for_an_entry_outside_it()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        var myFoods = scope.ServiceProvider.GetRequiredService<MyFoodsService>();
        var bread = TestFoods.Sourdough();
        var breadId = await myFoods.CreateCustomFoodAsync(bread);
        await log.AddAsync(new MealEntryRequest { Date = Today.AddDays(-3), Slot = MealSlot.Breakfast, FoodId = breadId, Unit = QuantityUnit.Grams, Amount = 90 });

        var first = await log.GetSuggestionsAsync(await log.GetDayAsync(Today));
        // Eight days back is outside the 7-day window: nothing the suggestions read has changed.
        await log.AddAsync(new MealEntryRequest { Date = Today.AddDays(-8), Slot = MealSlot.Breakfast, FoodId = breadId, Unit = QuantityUnit.Grams, Amount = 90 });
        Assert.Same(first, await log.GetSuggestionsAsync(await log.GetDayAsync(Today)));

        bread.FiberG = 30;
        await myFoods.UpdateCustomFoodAsync(breadId, bread);
        var afterEdit = await log.GetSuggestionsAsync(await log.GetDayAsync(Today));
        Assert.NotSame(first, afterEdit);
        Assert.Same(afterEdit, await log.GetSuggestionsAsync(Today));
    }

    [Fact]
    public async Task Suggestions_are_only_worked_out_for_her_own_day()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        DayView othersDay;
        await using (var otherScope = await Given.SignedInScopeAsync(factory.Services, other))
        {
            othersDay = await otherScope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Today);
        }

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<MealLogService>().GetSuggestionsAsync(othersDay));
    }
}
