using System.Net;
using System.Security.Claims;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MaternalMicrobiome.Web.Tests.TestData;

/// <summary>
/// The one builder of test data for the Web tests: the fixed "now" every test app and component runs at, real accounts
/// (made through the real services) and scopes signed in as them, links, logged days, plans and recipes, reads past every
/// service, and scored days for rendering. The foods it uses are <see cref="TestFoods"/>.
/// </summary>
public static class Given
{
    public const string Password = "Test-pass-2026!";

    /// <summary>
    /// The app's "now" in every test (a Tuesday, noon UTC): the test apps and bunit contexts get a
    /// <see cref="FakeTimeProvider"/> set to it, so "today" does not move with the day the suite runs.
    /// </summary>
    public static DateTimeOffset Now { get; } = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Today at <see cref="Now"/>, on the server (whose fake clock is in UTC) and for a mother with no time zone.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>A new clock standing at <see cref="Now"/>: one per app, so that a test that moves it moves only its own.</summary>
    public static FakeTimeProvider Clock() => new(Now);

    /// <summary>Pregnant with 120 days to go on <see cref="Today"/>.</summary>
    public static LifeStage Pregnant { get; } = LifeStage.Pregnant(Today.AddDays(120), Today);

    // Accounts

    /// <summary>A real account made through the account service; a mother is pregnant, 120 days from her due date, unless <paramref name="profile"/> says otherwise.</summary>
    public static async Task<AppUser> UserAsync(IServiceProvider services, string role, MotherProfile? profile = null)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        if (role == Roles.Mother)
        {
            profile ??= new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = Today.AddDays(120) };
        }

        var (result, user) = await accounts.CreateAsync(email, role, Password, role, profile, emailConfirmed: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user!;
    }

    public static Task<AppUser> MotherAsync(IServiceProvider services, MotherProfile? profile = null) => UserAsync(services, Roles.Mother, profile);

    public static Task<AppUser> NutritionistAsync(IServiceProvider services) => UserAsync(services, Roles.Nutritionist);

    /// <summary>A scope whose authentication state is <paramref name="user"/> (or anonymous when null), the way a Blazor circuit is.</summary>
    public static async Task<AsyncServiceScope> SignedInScopeAsync(IServiceProvider services, AppUser? user)
    {
        var scope = services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (user is not null)
        {
            var signIn = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
            principal = await signIn.CreateAsync(user);
        }

        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    /// <summary>
    /// Gives a test scope's NavigationManager the test app's address, as a circuit has it: services that mail links
    /// (an admin's invitation) build them from it in Development, where no Email:PublicBaseUrl is set.
    /// </summary>
    public static void AtAppAddress(NavigationManager navigation) =>
        ((IHostEnvironmentNavigationManager)navigation).Initialize("http://localhost/", "http://localhost/admin/users");

    /// <summary>Runs <paramref name="action"/> with the plan service of a scope signed in as <paramref name="user"/>.</summary>
    public static async Task<T> PlansAsAsync<T>(IServiceProvider services, AppUser user, Func<MealPlanService, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = await SignedInScopeAsync(services, user);
        return await action(scope.ServiceProvider.GetRequiredService<MealPlanService>());
    }

    public static Task PlansAsAsync(IServiceProvider services, AppUser user, Func<MealPlanService, Task> action) =>
        PlansAsAsync(services, user, async plans =>
        {
            await action(plans);
            return true;
        });

    // Links between a nutritionist and a mother

    public static async Task<string> InviteAsync(IServiceProvider services, AppUser nutritionist)
    {
        await using var scope = await SignedInScopeAsync(services, nutritionist);
        return (await scope.ServiceProvider.GetRequiredService<ClientLinkService>().CreateInviteAsync()).Code;
    }

    public static async Task ConsentAsync(IServiceProvider services, AppUser mother, string code)
    {
        await using var scope = await SignedInScopeAsync(services, mother);
        await scope.ServiceProvider.GetRequiredService<ClientLinkService>().ConsentAsync(new InviteCodeRequest { Code = code });
    }

    /// <summary>A link made the way she makes it: the nutritionist's invite, then her consent, through the real service.</summary>
    public static async Task LinkThroughInviteAsync(IServiceProvider services, AppUser nutritionist, AppUser mother) =>
        await ConsentAsync(services, mother, await InviteAsync(services, nutritionist));

    /// <summary>A consented link written straight to the database (ended when <paramref name="ended"/> is true).</summary>
    public static async Task LinkAsync(IServiceProvider services, AppUser mother, AppUser nutritionist, bool ended = false)
    {
        ArgumentNullException.ThrowIfNull(mother);
        ArgumentNullException.ThrowIfNull(nutritionist);
        await ReadAsync(services, async db =>
        {
            db.ClientLinks.Add(new ClientLink
            {
                NutritionistId = nutritionist.Id, MotherId = mother.Id, InviteCode = Guid.NewGuid().ToString("N")[..10], CreatedAt = Now.AddDays(-10),
                ExpiresAt = Now.AddDays(-3), ConsentedAt = Now.AddDays(-9), EndedAt = ended ? Now.AddDays(-1) : null, EndedById = ended ? mother.Id : null,
            });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A mother, a nutritionist linked with her, and a nutritionist who is not.</summary>
    public static async Task<(AppUser Mother, AppUser Linked, AppUser Stranger)> PracticeAsync(SqliteWebAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _ = factory.Server;
        var mother = await MotherAsync(factory.Services);
        var linked = await NutritionistAsync(factory.Services);
        var stranger = await NutritionistAsync(factory.Services);
        await LinkAsync(factory.Services, mother, linked);
        return (mother, linked, stranger);
    }

    /// <summary>A browser (cookies kept, redirects not followed) signed in as <paramref name="user"/> through the real log-in form.</summary>
    public static async Task<HttpClient> BrowserOfAsync(SqliteWebAppFactory factory, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(user);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    // Her days, plans and recipes

    /// <summary>The first search hit for <paramref name="food"/>, logged through the meal log as she would.</summary>
    public static async Task<int> LoggedAsync(IServiceProvider services, AppUser mother, string food, DateOnly date, double grams = 150)
    {
        await using var scope = await SignedInScopeAsync(services, mother);
        var hit = (await scope.ServiceProvider.GetRequiredService<FoodSearchService>().SearchAsync(food))[0];
        return await scope.ServiceProvider.GetRequiredService<MealLogService>().AddAsync(new MealEntryRequest
        {
            Date = date, Slot = MealSlot.Lunch, FoodId = hit.Id, Unit = QuantityUnit.Grams, Amount = grams,
        });
    }

    /// <summary><see cref="TestFoods.SampleDay"/> on each of the last <paramref name="days"/> days, written straight to the database.</summary>
    public static async Task LoggedDaysAsync(IServiceProvider services, string motherId, int days)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = TestFoods.SampleDay.Select(d => d.Key).ToList();
        var foods = await db.Foods.Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, f => f.Id);
        for (var back = 0; back < days; back++)
        {
            foreach (var (key, grams) in TestFoods.SampleDay.Where(d => foods.ContainsKey(d.Key)))
            {
                db.MealEntries.Add(new MealEntry
                {
                    UserId = motherId, Date = Today.AddDays(-back), Slot = MealSlot.Lunch, FoodId = foods[key],
                    Unit = QuantityUnit.Grams, Amount = grams, Grams = grams, CreatedAt = Now, UpdatedAt = Now,
                });
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Her private 400 g recipe of 300 g cooked lentils and 100 g onion, written straight to the database.</summary>
    public static async Task<int> RecipeAsync(IServiceProvider services, AppUser mother)
    {
        var lentils = await FoodIdAsync(services, TestFoods.LentilsKey);
        var onion = await FoodIdAsync(services, TestFoods.OnionKey);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var recipe = new Food
        {
            Key = $"custom-{Guid.NewGuid():N}", Name = "Lentil and onion soup", FoodGroup = "Recipes", OwnerId = mother.Id, RecipeServings = 2,
            Ingredients = [new RecipeIngredient { FoodId = lentils, Grams = 300 }, new RecipeIngredient { FoodId = onion, Grams = 100 }],
        };
        db.Foods.Add(recipe);
        await db.SaveChangesAsync();
        return recipe.Id;
    }

    public static PlannedEntryRequest PlannedGrams(int dayIndex, int foodId, double grams, MealSlot slot = MealSlot.Lunch) =>
        new() { DayIndex = dayIndex, Slot = slot, FoodId = foodId, Unit = QuantityUnit.Grams, Amount = grams };

    // Reads past every service, for checking what was stored

    public static async Task<T> ReadAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>The id of the food with this key (keys are unique: a seeded, admin-made or private food).</summary>
    public static Task<int> FoodIdAsync(IServiceProvider services, string key) =>
        ReadAsync(services, db => db.Foods.Where(f => f.Key == key).Select(f => f.Id).SingleAsync());

    /// <summary>A food as stored, with its portions and ingredients.</summary>
    public static Task<Food> StoredFoodAsync(IServiceProvider services, int foodId) =>
        ReadAsync(services, db => db.Foods.AsNoTracking().Include(f => f.Portions).Include(f => f.Ingredients).SingleAsync(f => f.Id == foodId));

    /// <summary>What the audit trail says was read of her data, oldest first.</summary>
    public static Task<List<string>> ClientReadsAsync(IServiceProvider services, string motherId) =>
        ReadAsync(services, db => db.AuditEntries.Where(a => a.Action == ClientAccess.ReadAction && a.SubjectUserId == motherId).OrderBy(a => a.Id).Select(a => a.EntityKey).ToListAsync());

    // Scored days for rendering tests

    /// <summary>A real score from the real scorer: <paramref name="foods"/> eaten on <see cref="Today"/> by a <see cref="Pregnant"/> mother.</summary>
    public static DayScore ScoredDay(params (Food Food, double Grams)[] foods) =>
        DayScorer.Score(Today, foods.Select(f => new ConsumedFood(f.Food, f.Grams, Today)), DefaultTargets.For(Pregnant), Pregnant);

    /// <summary>Three references as components show them: a guideline, agency advice and an unverified citation.</summary>
    public static IReadOnlyDictionary<string, Reference> References { get; } = new Dictionary<string, Reference>
    {
        [ReferenceKeys.IomMacronutrients] = new()
        {
            Key = ReferenceKeys.IomMacronutrients, Authors = "Institute of Medicine", Year = 2005, Title = "Dietary Reference Intakes for Energy, Carbohydrate, Fiber",
            Source = "National Academies Press", Doi = "10.17226/10490", Status = EvidenceStatus.Guideline, StudyType = "dietary reference intakes", Finding = "AI 28 g/day in pregnancy.",
        },
        [ReferenceKeys.CdcListeria] = new()
        {
            Key = ReferenceKeys.CdcListeria, Authors = "CDC", Year = 2021, Title = "Listeria and pregnancy", Source = "CDC",
            Status = EvidenceStatus.Guideline, StudyType = "agency advice", Finding = "Avoid soft cheeses.",
        },
        [ReferenceKeys.Ward2025] = new()
        {
            Key = ReferenceKeys.Ward2025, Authors = "Ward CP et al.", Year = 2025, Title = "Unfound paper", Source = "Maternal & Child Nutrition (in press)",
            Status = EvidenceStatus.Unverified, StudyType = "trial registration", Finding = "No results paper found.",
        },
    };
}
