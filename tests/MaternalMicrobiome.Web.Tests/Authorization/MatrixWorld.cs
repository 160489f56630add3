using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Admin;
using MaternalMicrobiome.Web.Tests.ClientReview;
using MaternalMicrobiome.Web.Tests.Integration;
using MaternalMicrobiome.Web.Tests.MyFoods;
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

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

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
                .CreateAsync($"owner-{Guid.NewGuid():N}@test.local", $"{IdentityMarker} Owner", TestUsers.Password, Roles.Mother, profile);
            Assert.True(result.Succeeded);
            Owner = owner!;
        }

        OtherMother = await TestUsers.CreateAsync(Services, Roles.Mother);
        Linked = await TestUsers.CreateAsync(Services, Roles.Nutritionist);
        Unlinked = await TestUsers.CreateAsync(Services, Roles.Nutritionist);
        Ended = await TestUsers.CreateAsync(Services, Roles.Nutritionist);
        Admin = await TestUsers.CreateAsync(Services, Roles.Admin);
        await ClientReviewData.LinkAsync(Services, Owner, Ended, ended: true);
        await ClientReviewData.LinkAsync(Services, Owner, Linked);
        LentilsId = await MyFoodsSamples.SeededFoodIdAsync(Services, MyFoodsSamples.LentilsKey);
        OatsId = await MyFoodsSamples.SeededFoodIdAsync(Services, "usda-08120");
        ReferenceId = await ReadAsync(db => db.References.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

        await AsAsync(Owner, async services =>
        {
            var myFoods = services.GetRequiredService<MyFoodsService>();
            PrivateFoodId = await myFoods.CreateCustomFoodAsync(PrivateFood());
            RecipeId = await myFoods.CreateRecipeAsync(MyFoodsSamples.Recipe($"{HealthMarker} soup", 2, (LentilsId, 300)));
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
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    public async Task<T> AsAsync<T>(AppUser? user, Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = await TestUsers.SignedInScopeAsync(Services, user);
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
        await db.ClientTargetChanges.CountAsync(), await db.MealPlans.CountAsync(), await db.PlannedEntries.CountAsync(), await db.AuditEntries.CountAsync()));

    /// <summary>Her private food; <paramref name="variant"/> names another one (names are unique per mother).</summary>
    public static CustomFoodRequest PrivateFood(string? variant = null)
    {
        var food = MyFoodsSamples.Sourdough();
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
        var client = await TestUsers.CreateAsync(Services, Roles.Mother);
        await ClientReviewData.LinkAsync(Services, client, Linked);
        return client.Id;
    }

    public async Task<object> FreshUserAsync() => (await TestUsers.CreateAsync(Services, Roles.Mother)).Id;

    public Task<object> FreshCatalogFoodAsync() => AsAsync<object>(Admin, async s =>
    {
        var foods = s.GetRequiredService<FoodAdminService>();
        var id = await foods.CreateAsync(AdminTestFoods.NewFood());
        return (id, await foods.GetForEditAsync(id));
    });

    public Task<object> FreshCatalogPairAsync() => AsAsync<object>(Admin, async s =>
    {
        var foods = s.GetRequiredService<FoodAdminService>();
        return (await foods.CreateAsync(AdminTestFoods.NewFood()), await foods.CreateAsync(AdminTestFoods.NewFood()));
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
