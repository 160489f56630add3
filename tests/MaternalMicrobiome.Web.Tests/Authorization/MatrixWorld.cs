using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// One app and one cast for the whole matrix: the owning mother (with a private food, a recipe, a logged entry, a
/// check-in, a favourite, a plan and a comment thread), another mother, her linked nutritionist, an unlinked one, one
/// whose link ended, and an admin; each with a browser signed in through the real login form.
/// </summary>
public sealed class MatrixWorld : IAsyncLifetime
{
    /// <summary>In every piece of the owner's health data; only she and her linked nutritionist may ever see it.</summary>
    public const string HealthMarker = "Zqxhealth";

    /// <summary>In the owner's name; besides those two, only an admin (who manages users) may see it.</summary>
    public const string IdentityMarker = "Zqxname";

    public static readonly DateOnly Today = Given.Today;

    private readonly Dictionary<Actor, HttpClient> browsers = [];

    public SqliteWebAppFactory Factory { get; } = new();

    public IServiceProvider Services => Factory.Services;

    public AppUser Owner { get; private set; } = null!;

    public AppUser OtherMother { get; private set; } = null!;

    public AppUser Linked { get; private set; } = null!;

    public AppUser Unlinked { get; private set; } = null!;

    public AppUser Ended { get; private set; } = null!;

    public AppUser Admin { get; private set; } = null!;

    public int PrivateFoodId { get; private set; }

    public int RecipeId { get; private set; }

    public int EntryId { get; private set; }

    public int PlanId { get; private set; }

    public int PlannedEntryId { get; private set; }

    public int ThreadId { get; private set; }

    public int LentilsId { get; private set; }

    public int OatsId { get; private set; }

    public int ReferenceId { get; private set; }

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        await using (var scope = Services.CreateAsyncScope())
        {
            var profile = new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = Today.AddDays(120) };
            var (result, owner) = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync($"owner-{Guid.NewGuid():N}@test.local", $"{IdentityMarker} Owner", Given.Password, Roles.Mother, profile, emailConfirmed: true);
            Assert.True(result.Succeeded);
            Owner = owner!;
        }

        OtherMother = await Given.UserAsync(Services, Roles.Mother);
        Linked = await Given.UserAsync(Services, Roles.Nutritionist);
        Unlinked = await Given.UserAsync(Services, Roles.Nutritionist);
        Ended = await Given.UserAsync(Services, Roles.Nutritionist);
        Admin = await Given.UserAsync(Services, Roles.Admin);
        await Given.LinkAsync(Services, Owner, Ended, ended: true);
        await Given.LinkAsync(Services, Owner, Linked);
        LentilsId = await Given.FoodIdAsync(Services, TestFoods.LentilsKey);
        OatsId = await Given.FoodIdAsync(Services, "usda-08120");
        ReferenceId = await ReadAsync(db => db.References.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

        await AsAsync(Owner, async services =>
        {
            var myFoods = services.GetRequiredService<MyFoodsService>();
            PrivateFoodId = await myFoods.CreateCustomFoodAsync(PrivateFood());
            RecipeId = await myFoods.CreateRecipeAsync(TestFoods.Recipe($"{HealthMarker} soup", 2, (LentilsId, 300)));
            EntryId = await services.GetRequiredService<MealLogService>().AddAsync(EntryRequest());
            await services.GetRequiredService<CheckInService>().SaveAsync(Today, new CheckInRequest { SleepHours = 7 });
            await services.GetRequiredService<FavouritesService>().ToggleAsync(PrivateFoodId);
            var plans = services.GetRequiredService<MealPlanService>();
            PlanId = await plans.CreateAsync(null, new NewPlanRequest { Title = $"{HealthMarker} plan", WeekStart = Today });
            await plans.AddEntryAsync(PlanId, (await plans.GetAsync(PlanId)).Version,
                new PlannedEntryRequest { DayIndex = 0, Slot = MealSlot.Lunch, FoodId = PrivateFoodId, Unit = QuantityUnit.Grams, Amount = 90 });
            PlannedEntryId = (await plans.GetAsync(PlanId)).Entries.Single().Id;
            return true;
        });
        ThreadId = await AsAsync(Linked, services => services.GetRequiredService<CommentService>()
            .AddAsync(Owner.Id, CommentTarget.Day(Today), new CommentRequest { Text = $"{HealthMarker} comment" }));
        await AsAsync(Linked, async services =>
        {
            await services.GetRequiredService<WeeklyRecommendationService>()
                .SaveAsync(Owner.Id, Today.AddDays(-6), new RecommendationRequest { Text = $"{HealthMarker} advice" });
            return true;
        });

        browsers[Actor.Anonymous] = NewBrowser();
        foreach (var (actor, user) in new[]
                 {
                     (Actor.Owner, Owner), (Actor.OtherMother, OtherMother), (Actor.LinkedNutritionist, Linked),
                     (Actor.UnlinkedNutritionist, Unlinked), (Actor.EndedNutritionist, Ended), (Actor.Admin, Admin),
                 })
        {
            browsers[actor] = await SignedInBrowserAsync(user);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }

        await Factory.DisposeAsync();
    }

    public AppUser? UserOf(Actor actor) => actor switch
    {
        Actor.Anonymous => null,
        Actor.Owner => Owner,
        Actor.OtherMother => OtherMother,
        Actor.LinkedNutritionist => Linked,
        Actor.UnlinkedNutritionist => Unlinked,
        Actor.EndedNutritionist => Ended,
        Actor.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    public HttpClient Browser(Actor actor) => browsers[actor];

    public HttpClient NewBrowser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignedInBrowserAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var browser = NewBrowser();
        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    public async Task<T> AsAsync<T>(AppUser? user, Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = await Given.SignedInScopeAsync(Services, user);
        return await action(scope.ServiceProvider);
    }

    public async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>Row counts of everything a refused call could have written; equal before and after means nothing was.</summary>
    public Task<string> FingerprintAsync() => ReadAsync(async db => string.Join(',',
        await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.MotherProfiles.CountAsync(), await db.Foods.CountAsync(),
        await db.References.CountAsync(), await db.MealEntries.CountAsync(), await db.CheckIns.CountAsync(), await db.FavouriteFoods.CountAsync(),
        await db.ClientLinks.CountAsync(), await db.ClientLinks.CountAsync(l => l.EndedAt != null), await db.Comments.CountAsync(),
        await db.Comments.CountAsync(c => c.ResolvedAt != null || c.ReadAt != null), await db.ClientTargets.CountAsync(),
        await db.ClientTargetChanges.CountAsync(), await db.MealPlans.CountAsync(), await db.PlannedEntries.CountAsync(), await db.AuditEntries.CountAsync(),
        await db.PractitionerProfiles.CountAsync(), await db.WeeklyRecommendations.CountAsync(),
        await db.PlannedMealNotes.CountAsync(), await db.ShoppingTicks.CountAsync()));

    /// <summary>Her private food; <paramref name="variant"/> names another one (names are unique per mother).</summary>
    public static CustomFoodRequest PrivateFood(string? variant = null)
    {
        var food = TestFoods.Sourdough();
        food.Name = $"{HealthMarker} rye sourdough{variant}";
        return food;
    }

    public MealEntryRequest EntryRequest() => new()
    {
        Date = Today, Slot = MealSlot.Lunch, FoodId = PrivateFoodId, Unit = QuantityUnit.Grams, Amount = 100, Note = $"{HealthMarker} note",
    };

    // ----- Fresh objects for operations that use theirs up (delete, merge, end a link) -----

    public Task<object> FreshEntryAsync() => AsAsync<object>(Owner, async s => await s.GetRequiredService<MealLogService>().AddAsync(EntryRequest()));

    public Task<object> FreshPrivateFoodAsync() => AsAsync<object>(Owner, async s => await s.GetRequiredService<MyFoodsService>().CreateCustomFoodAsync(PrivateFood($" {Guid.NewGuid():N}")));

    public Task<object> FreshTemplateAsync() => AsAsync<object>(Owner, async s => await s.GetRequiredService<MealPlanService>().SaveAsTemplateAsync(PlanId, "Matrix template"));

    /// <summary>A template of the owner's and one of her linked nutritionist's (both saved from her plan), and the plan's version.</summary>
    public async Task<object> FreshTemplatesAsync()
    {
        var owners = await AsAsync(Owner, s => s.GetRequiredService<MealPlanService>().SaveAsTemplateAsync(PlanId, "Matrix template"));
        var linkeds = await AsAsync(Linked, s => s.GetRequiredService<MealPlanService>().SaveAsTemplateAsync(PlanId, "Matrix template"));
        return new MatrixTemplates(owners, linkeds, (Guid)await PlanVersionAsync());
    }

    /// <summary>A planned food of her own plan that a row may remove, and the plan's version after adding it.</summary>
    public Task<object> FreshPlannedEntryAsync() => AsAsync<object>(Owner, async s =>
    {
        var plans = s.GetRequiredService<MealPlanService>();
        await plans.AddEntryAsync(PlanId, (await plans.GetAsync(PlanId)).Version,
            new PlannedEntryRequest { DayIndex = 6, Slot = MealSlot.Snack, FoodId = LentilsId, Unit = QuantityUnit.Grams, Amount = 30 });
        var plan = await plans.GetAsync(PlanId);
        return (plan.Entries.Max(e => e.Id), plan.Version);
    });

    public Task<object> PlanVersionAsync() => AsAsync<object>(Owner, async s => (await s.GetRequiredService<MealPlanService>().GetAsync(PlanId)).Version);

    public Task<object> FreshInviteAsync() => AsAsync<object>(Linked, async s => (await s.GetRequiredService<ClientLinkService>().CreateInviteAsync()).Id);

    public Task<object> FreshInviteCodeAsync() => AsAsync<object>(Unlinked, async s => (await s.GetRequiredService<ClientLinkService>().CreateInviteAsync()).Code);

    /// <summary>A new client of the linked nutritionist, so ending that link leaves the owner's in place.</summary>
    public async Task<object> FreshClientAsync()
    {
        var client = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkAsync(Services, client, Linked);
        return client.Id;
    }

    public async Task<object> FreshUserAsync() => (await Given.UserAsync(Services, Roles.Mother)).Id;

    public Task<object> FreshDeactivatedUserAsync() => AsAsync<object>(Admin, async s =>
    {
        var id = (await Given.UserAsync(Services, Roles.Mother)).Id;
        await s.GetRequiredService<UserAdminService>().DeactivateAsync(id);
        return id;
    });

    public Task<object> FreshCatalogFoodAsync() => AsAsync<object>(Admin, async s =>
    {
        var foods = s.GetRequiredService<FoodAdminService>();
        var id = await foods.CreateAsync(TestFoods.NewFood());
        return (id, await foods.GetForEditAsync(id));
    });

    public Task<object> FreshCatalogPairAsync() => AsAsync<object>(Admin, async s =>
    {
        var foods = s.GetRequiredService<FoodAdminService>();
        return (await foods.CreateAsync(TestFoods.NewFood()), await foods.CreateAsync(TestFoods.NewFood()));
    });

    public Task<object> FreshReferenceAsync() => AsAsync<object>(Admin, async s =>
    {
        var request = NewReference();
        return (await s.GetRequiredService<ReferenceAdminService>().CreateAsync(request), request);
    });

    public static ReferenceEditRequest NewReference() => new()
    {
        Key = $"matrix-{Guid.NewGuid():N}", Authors = "A", Year = 2020, Title = "T", Source = "S", StudyType = "trial", Finding = "F",
    };
}
