using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class FavouritesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_starred_food_comes_first_in_her_search_only()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        int starred;
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var search = scope.ServiceProvider.GetRequiredService<FoodSearchService>();
            var before = await search.SearchAsync("yogurt");
            starred = before[^1].Id;
            Assert.NotEqual(starred, before[0].Id);

            Assert.True(await scope.ServiceProvider.GetRequiredService<FavouritesService>().ToggleAsync(starred));
            Assert.Equal(starred, (await search.SearchAsync("yogurt"))[0].Id);
        }

        await using (var scope = await Given.SignedInScopeAsync(factory.Services, other))
        {
            Assert.NotEqual(starred, (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync("yogurt"))[0].Id);
        }

        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<FavouritesService>().ToggleAsync(starred));
        }
    }

    [Fact]
    public async Task Starring_an_unknown_food_is_not_found_and_a_nutritionist_cannot_star()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<FavouritesService>().ToggleAsync(int.MaxValue));
        }

        await using var other = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        await Assert.ThrowsAsync<AccessDeniedException>(() => other.ServiceProvider.GetRequiredService<FavouritesService>().ToggleAsync(1));
    }
}
