using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Practice;

/// <summary>Links and logs for practice tests, made through the real services where the flow matters.</summary>
public static class PracticeData
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    // Kefir, an apple, lentils, a little onion, live sauerkraut; kombucha raises a warning in pregnancy.
    private static readonly (string Key, double Grams)[] Day =
        [("usda-01289", 250), ("usda-09003", 180), ("usda-16070", 200), ("usda-11282", 80), ("mm-sauerkraut-live", 75), ("mm-kombucha", 240)];

    public static async Task<string> CreateInviteAsync(IServiceProvider services, AppUser nutritionist)
    {
        await using var scope = await TestUsers.SignedInScopeAsync(services, nutritionist);
        return (await scope.ServiceProvider.GetRequiredService<ClientLinkService>().CreateInviteAsync()).Code;
    }

    public static async Task ConsentAsync(IServiceProvider services, AppUser mother, string code)
    {
        await using var scope = await TestUsers.SignedInScopeAsync(services, mother);
        await scope.ServiceProvider.GetRequiredService<ClientLinkService>().ConsentAsync(new InviteCodeRequest { Code = code });
    }

    /// <summary>A browser signed in as <paramref name="user"/> through the real log-in form.</summary>
    public static async Task<HttpClient> BrowserOfAsync(SqliteWebAppFactory factory, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(user);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    public static async Task LinkAsync(IServiceProvider services, AppUser nutritionist, AppUser mother) =>
        await ConsentAsync(services, mother, await CreateInviteAsync(services, nutritionist));

    /// <summary>The same sample day on each of the last <paramref name="days"/> days, written straight to the database.</summary>
    public static async Task LogDaysAsync(IServiceProvider services, string motherId, int days)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = Day.Select(d => d.Key).ToList();
        var foods = await db.Foods.Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, f => f.Id);
        var now = DateTimeOffset.UtcNow;
        for (var back = 0; back < days; back++)
        {
            foreach (var (key, grams) in Day.Where(d => foods.ContainsKey(d.Key)))
            {
                db.MealEntries.Add(new MealEntry
                {
                    UserId = motherId, Date = Today.AddDays(-back), Slot = MealSlot.Lunch, FoodId = foods[key],
                    Unit = QuantityUnit.Grams, Amount = grams, Grams = grams, CreatedAt = now, UpdatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
