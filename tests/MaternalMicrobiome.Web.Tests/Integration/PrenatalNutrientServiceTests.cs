using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Week;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The prenatal nutrients as the services give them: her day, her week (and a linked client's), her suggestions.</summary>
public sealed class PrenatalNutrientServiceTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string HardBoiledEggKey = "usda-01129";
    private const string LentilsKey = TestFoods.LentilsKey;
    private static readonly DateOnly Today = Given.Today;

    private async Task LogAsync(AppUser mother, string key, DateOnly date, double grams)
    {
        var foodId = await Given.FoodIdAsync(factory.Services, key);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = date, Slot = MealSlot.Lunch, FoodId = foodId, Unit = QuantityUnit.Grams, Amount = grams,
        });
    }

    [Fact]
    public async Task Her_day_totals_the_known_values_of_what_she_logged()
    {
        _ = factory.Server;
        var mother = await Given.MotherAsync(factory.Services);
        await LogAsync(mother, HardBoiledEggKey, Today, 100);
        var egg = await Given.StoredFoodAsync(factory.Services, await Given.FoodIdAsync(factory.Services, HardBoiledEggKey));

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var day = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Today);
        var nutrients = day.PrenatalNutrients();

        var choline = nutrients.Single(r => r.Nutrient == PrenatalNutrient.Choline);
        Assert.Equal(egg.CholineMg!.Value, choline.KnownTotal, 6);
        Assert.Equal(450, choline.Reference.Amount);
        Assert.Equal(NutrientStatus.Below, choline.Status);
        Assert.Equal(NutrientStatus.Unknown, nutrients.Single(r => r.Nutrient == PrenatalNutrient.Iodine).Status);
    }

    [Fact]
    public async Task Her_week_averages_the_logged_days_only_and_lists_all_seven()
    {
        _ = factory.Server;
        var mother = await Given.MotherAsync(factory.Services);
        await LogAsync(mother, LentilsKey, Today.AddDays(-2), 150);
        await LogAsync(mother, LentilsKey, Today, 300);
        var lentils = await Given.StoredFoodAsync(factory.Services, await Given.FoodIdAsync(factory.Services, LentilsKey));

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var week = await scope.ServiceProvider.GetRequiredService<WeekService>().GetPrenatalNutrientsAsync(Today);

        Assert.Equal(7, week.Days.Count);
        Assert.Equal(Today.AddDays(-6), week.FirstDay);
        Assert.Equal(2, week.LoggedDays);
        Assert.All(week.Days.Where(d => !d.IsLogged), d => Assert.All(d.Nutrients, r => Assert.Equal(NutrientStatus.Unknown, r.Status)));
        var folate = week.Averages.Single(a => a.Nutrient == PrenatalNutrient.FolateDfe);
        // (150 g + 300 g) / 2 logged days, not / 7.
        Assert.Equal(lentils.FolateDfeUg!.Value * 2.25, folate.AverageKnownTotal!.Value, 6);
        Assert.Equal(2, folate.LoggedDays);
        var iodine = week.Averages.Single(a => a.Nutrient == PrenatalNutrient.Iodine);
        Assert.Null(iodine.AverageKnownTotal);
        Assert.Equal(NutrientStatus.Unknown, iodine.Status);
    }

    [Fact]
    public async Task A_linked_nutritionist_reads_the_same_week_of_her_client()
    {
        var (mother, linked, _) = await Given.PracticeAsync(factory);
        await LogAsync(mother, LentilsKey, Today, 200);

        PrenatalWeek own;
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            own = await scope.ServiceProvider.GetRequiredService<WeekService>().GetPrenatalNutrientsAsync(Today);
        }

        await using var nutritionist = await Given.SignedInScopeAsync(factory.Services, linked);
        var read = await nutritionist.ServiceProvider.GetRequiredService<WeekService>().GetPrenatalNutrientsAsync(Today, mother.Id);

        Assert.Equal(own.Averages, read.Averages);
        Assert.Contains(await Given.ClientReadsAsync(factory.Services, mother.Id), r => r.Contains("prenatal nutrients", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Her_suggestions_put_the_gut_health_picks_first_then_safe_foods_for_missed_prenatal_nutrients()
    {
        _ = factory.Server;
        var mother = await Given.MotherAsync(factory.Services);
        await LogAsync(mother, LentilsKey, Today, 200);

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var suggestions = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetSuggestionsAsync(Today);

        var firstPrenatal = suggestions.ToList().FindIndex(s => s.MissedNutrients.Count > 0);
        Assert.True(firstPrenatal > 0, "gut-health picks come first and a prenatal pick follows");
        Assert.All(suggestions.Skip(firstPrenatal), s => Assert.NotEmpty(s.MissedNutrients));
        Assert.All(suggestions, s => Assert.False(GapCloser.AddsRisk(s.Food), s.Food.Name));
        Assert.All(suggestions.SelectMany(s => s.MissedNutrients.Select(n => (s.Food, n))), x => Assert.True(x.Food.PrenatalValues[x.n] > 0, x.Food.Name));
    }
}
