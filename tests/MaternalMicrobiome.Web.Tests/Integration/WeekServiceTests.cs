using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Week;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class WeekServiceTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    [Fact]
    public async Task Her_week_counts_her_plants_and_never_another_mothers()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        await LogAsync(mother, "lentils cooked", Today.AddDays(-2));
        await LogAsync(other, "asparagus raw", Today);

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var week = await scope.ServiceProvider.GetRequiredService<WeekService>().GetWeekAsync(Today);

        var plant = Assert.Single(week.Plants);
        Assert.Equal("lens-culinaris", plant.Species);
        Assert.False(plant.IsNewToday);
        Assert.Equal(7, week.Days.Count);
    }

    [Theory]
    [InlineData(Roles.Nutritionist)]
    [InlineData(null)]
    public async Task Only_a_mother_has_a_week(string? role)
    {
        _ = factory.Server;
        var caller = role is null ? null : await Given.UserAsync(factory.Services, role);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, caller);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<WeekService>().GetWeekAsync(Today));
    }

    private async Task LogAsync(AppUser mother, string food, DateOnly date)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var hit = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync(food))[0];
        await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = date, Slot = MealSlot.Lunch, FoodId = hit.Id, Unit = QuantityUnit.Grams, Amount = 150,
        });
    }
}
