using System.Diagnostics;
using System.Globalization;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>
/// Planning from the recipe library in the real app on a SQLite file with the real catalog: a nutritionist with a
/// library of 20 recipes plans, for each of <c>clients</c> clients, a catalog food, a library recipe (the client's copy
/// is made), the same recipe again (her copy is reused), then searches (the first search after a new copy rebuilds the
/// search index, which holds every private food) and searches again.
/// </summary>
public static class LibraryReport
{
    private const int LibraryRecipes = 20;

    public static async Task RunAsync(int clients)
    {
        await using var bench = BenchApp.Create();
        _ = bench.Factory.Server;
        var (nutritionistId, clientIds) = await SeedPracticeAsync(bench.Services, clients);

        await using var scope = await bench.SignedInScopeAsync(nutritionistId);
        var library = await WriteLibraryAsync(scope.ServiceProvider);
        var plans = scope.ServiceProvider.GetRequiredService<MealPlanService>();
        var search = scope.ServiceProvider.GetRequiredService<FoodSearchService>();
        var lentils = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Foods.Where(f => f.Key == "usda-16070").Select(f => f.Id).SingleAsync();
        var weekStart = DateOnly.FromDateTime(DateTime.Today);

        var (catalogFood, newCopy, reusedCopy, firstSearch, nextSearch) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < clientIds.Count; i++)
        {
            var clientId = clientIds[i];
            var recipe = library[i % library.Count];
            var planId = await plans.CreateAsync(clientId, new NewPlanRequest { Title = "Library week", WeekStart = weekStart });
            catalogFood.Add(await TimeAddAsync(plans, planId, lentils));
            newCopy.Add(await TimeAddAsync(plans, planId, recipe));
            reusedCopy.Add(await TimeAddAsync(plans, planId, recipe));
            firstSearch.Add(await TimeAsync(() => search.SearchAsync("lentils", 20, clientId)));
            nextSearch.Add(await TimeAsync(() => search.SearchAsync("lentil soup", 20, clientId)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients} clients, a library of {LibraryRecipes} recipes (4 catalog ingredients each); per client:"));
        Console.WriteLine(Latency.Describe("  plan a catalog food", catalogFood));
        Console.WriteLine(Latency.Describe("  plan a library recipe (her copy made)", newCopy));
        Console.WriteLine(Latency.Describe("  plan it again (her copy reused)", reusedCopy));
        Console.WriteLine(Latency.Describe("  first search after the copy (index rebuilt)", firstSearch));
        Console.WriteLine(Latency.Describe("  next search", nextSearch));
    }

    /// <summary>One planned food: the plan's version is read first, untimed, as the editor holds it.</summary>
    private static async Task<double> TimeAddAsync(MealPlanService plans, int planId, int foodId)
    {
        var version = (await plans.GetAsync(planId)).Version;
        return await TimeAsync(() => plans.AddEntryAsync(planId, version, new PlannedEntryRequest { DayIndex = 0, Slot = MealSlot.Lunch, FoodId = foodId, Amount = 200 }));
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }


    /// <summary>Her library through the real service: recipes of four plant foods of the catalog each.</summary>
    private static async Task<List<int>> WriteLibraryAsync(IServiceProvider services)
    {
        var plantFoods = await services.GetRequiredService<AppDbContext>().Foods
            .Where(f => f.OwnerId == null && f.FoodGroup == "Vegetables and Vegetable Products")
            .OrderBy(f => f.Id).Select(f => f.Id).Take(LibraryRecipes * 4).ToListAsync();
        var myFoods = services.GetRequiredService<MyFoodsService>();
        var recipes = new List<int>();
        for (var r = 0; r < LibraryRecipes; r++)
        {
            recipes.Add(await myFoods.CreateRecipeAsync(new RecipeRequest
            {
                Name = $"Practice recipe {r:00}",
                Servings = 2,
                Ingredients = plantFoods.Skip(r * 4).Take(4).Select(id => new IngredientRequest { FoodId = id, Grams = 100 }).ToList(),
            }));
        }

        return recipes;
    }

    /// <summary>A nutritionist and her consenting clients, written through EF (they never sign in).</summary>
    private static async Task<(string NutritionistId, List<string> ClientIds)> SeedPracticeAsync(IServiceProvider services, int clients)
    {
        await using var scope = services.CreateAsyncScope();
        var (result, nutritionist) = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync($"library-{Guid.NewGuid():N}@bench.local", "Bench Nutritionist", "Bench-pass-2026!", Roles.Nutritionist, null, emailConfirmed: true);
        if (!result.Succeeded || nutritionist is null)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<string>();
        for (var i = 0; i < clients; i++)
        {
            var id = Guid.NewGuid().ToString();
            var email = $"library-client-{i}-{id[..8]}@bench.local";
            ids.Add(id);
            db.Users.Add(new AppUser
            {
                Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"Client {i:000}", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = now,
            });
            db.MotherProfiles.Add(new MotherProfile { UserId = id, StageKind = LifeStageKind.Pregnant, DueDate = DateOnly.FromDateTime(DateTime.Today).AddDays(120) });
            db.ClientLinks.Add(new ClientLink
            {
                NutritionistId = nutritionist.Id, InviteCode = $"L{i:0000000}", CreatedAt = now, ExpiresAt = now.AddDays(14), MotherId = id, ConsentedAt = now,
            });
        }

        await db.SaveChangesAsync();
        return (nutritionist.Id, ids);
    }
}
