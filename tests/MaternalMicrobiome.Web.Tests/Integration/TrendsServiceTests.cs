using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Features.Trends;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class TrendsServiceTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    [Fact]
    public async Task Four_weeks_give_28_days_with_her_logged_days_scored_and_the_rest_empty()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
        foreach (var daysAgo in new[] { 0, 3, 10 })
        {
            await log.AddQuickDrinkAsync(Today.AddDays(-daysAgo), "usda-14411");
        }

        var points = await scope.ServiceProvider.GetRequiredService<TrendsService>().GetAsync(Today, 4);

        Assert.Equal(28, points.Count);
        Assert.Equal(Today, points[^1].Date);
        Assert.Equal(3, points.Count(p => p.HasEntries));
        Assert.Equal(250, points.Single(p => p.Date == Today.AddDays(-3)).WaterMillilitres!.Value, 0);
        Assert.All(points.Where(p => !p.HasEntries), p => Assert.Equal((null, null, null), (p.Overall, p.Fiber, p.WaterMillilitres)));
        Assert.All(points, p => Assert.Equal(28, p.FiberTarget));
    }

    [Fact]
    public async Task Only_a_mother_has_trends()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<TrendsService>().GetAsync(Today, 4));
    }
}
