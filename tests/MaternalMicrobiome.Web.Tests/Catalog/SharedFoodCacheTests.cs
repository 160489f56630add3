using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using MaternalMicrobiome.Web.Tests.Practice;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>
/// The roster's cache of shared foods, and the catalog caches in general: read once, dropped when an admin edits the
/// catalog on this instance or on another one (through the shared <see cref="CatalogVersion"/>), and never holding a
/// mother's own foods.
/// </summary>
public sealed class SharedFoodCacheTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_shared_food_is_read_once_and_a_mothers_own_food_every_time()
    {
        var counter = new SqlCommandCounter();
        // The catalog version is read once for the whole test, so only food reads are counted.
        await using var counted = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Catalog:VersionCheckSeconds", "3600");
            b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter)));
        });
        var mother = await Given.UserAsync(counted.Services, Roles.Mother);
        var shared = await AddFoodAsync(counted.Services, ownerId: null, fiber: 2.9);
        var own = await AddFoodAsync(counted.Services, ownerId: mother.Id, fiber: 4);
        var cache = counted.Services.GetRequiredService<SharedFoodCache>();

        async Task<int> QueriesAsync(int foodId)
        {
            await using var scope = counted.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var (queries, _) = await counter.Count(async () => Assert.Equal(foodId, (await cache.GetAsync(db, [foodId])).Single().Key));
            return queries;
        }

        Assert.NotEqual(0, await QueriesAsync(shared));
        Assert.Equal(0, await QueriesAsync(shared));
        Assert.NotEqual(0, await QueriesAsync(own));
        Assert.NotEqual(0, await QueriesAsync(own));
    }

    [Fact]
    public async Task An_admins_edit_is_seen_at_once()
    {
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var foodId = await AddFoodAsync(factory.Services, ownerId: null, fiber: 2.9);
        var cache = factory.Services.GetRequiredService<SharedFoodCache>();
        Assert.Equal(2.9, (await GetAsync(factory.Services, cache, foodId)).FiberG);

        await using (var scope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            var editor = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
            var request = await editor.GetForEditAsync(foodId);
            request[FoodNutrients.Fiber] = 3.4;
            await editor.UpdateAsync(foodId, request);
        }

        Assert.Equal(3.4, (await GetAsync(factory.Services, cache, foodId)).FiberG);
    }

    [Fact]
    public async Task An_admins_edit_on_another_instance_reaches_this_ones_food_cache_and_search()
    {
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var foodId = await AddFoodAsync(factory.Services, ownerId: null, fiber: 2.9);
        await factory.Services.GetRequiredService<CatalogVersion>().ChangedAsync();

        // A second instance on the same database, checking the catalog version on every use.
        await using var second = new SqliteWebAppFactory();
        await using var otherInstance = second.WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Default", factory.ConnectionString);
            b.UseSetting("Catalog:VersionCheckSeconds", "0");
        });
        var otherServices = otherInstance.Services;
        var otherCache = otherServices.GetRequiredService<SharedFoodCache>();
        Assert.Equal(2.9, (await GetAsync(otherServices, otherCache, foodId)).FiberG);
        Assert.Empty(await SearchAsync(otherServices, "cache test kimchi"));

        await using (var scope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            var editor = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
            var request = await editor.GetForEditAsync(foodId);
            request.Name = "Cache test kimchi";
            request[FoodNutrients.Fiber] = 3.4;
            await editor.UpdateAsync(foodId, request);
        }

        Assert.Equal(3.4, (await GetAsync(otherServices, otherCache, foodId)).FiberG);
        Assert.Contains(await SearchAsync(otherServices, "cache test kimchi"), f => f.Id == foodId);
    }

    [Fact]
    public async Task Unknown_ids_are_left_out()
    {
        var cache = factory.Services.GetRequiredService<SharedFoodCache>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Empty(await cache.GetAsync(db, [int.MaxValue, -1]));
    }

    private static async Task<IReadOnlyList<SearchableFood>> SearchAsync(IServiceProvider services, string text)
    {
        await using var scope = await Given.SignedInScopeAsync(services, null);
        return await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync(text);
    }

    private static async Task<Food> GetAsync(IServiceProvider services, SharedFoodCache cache, int foodId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await cache.GetAsync(db, [foodId]))[foodId];
    }

    private static async Task<int> AddFoodAsync(IServiceProvider services, string? ownerId, double fiber)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var food = new Food { Key = TestFoods.NewKey(), Name = "Cache test sauerkraut", FoodGroup = "Vegetables and Vegetable Products", FiberG = fiber, OwnerId = ownerId };
        db.Foods.Add(food);
        await db.SaveChangesAsync();
        return food.Id;
    }
}
