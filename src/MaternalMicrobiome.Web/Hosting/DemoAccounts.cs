using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>Demo accounts for each role, created only in Development (README lists them).</summary>
public static class DemoAccounts
{
    public const string Password = "Nourish-2026";
    public const string MotherEmail = "mother@demo.local";
    public const string NutritionistEmail = "nutritionist@demo.local";
    public const string AdminEmail = "admin@demo.local";

    // The seed article's day, logged yesterday so the demo mother opens on a week that already has plants in it.
    private static readonly (string FoodKey, MealSlot Slot, double Grams)[] SampleDay =
    [
        ("usda-08120", MealSlot.Breakfast, 40),
        ("usda-09040", MealSlot.Breakfast, 118),
        ("usda-16070", MealSlot.Lunch, 200),
        ("usda-11282", MealSlot.Lunch, 80),
        ("usda-11215", MealSlot.Lunch, 6),
        ("usda-11011", MealSlot.Dinner, 90),
        ("usda-01289", MealSlot.Snack, 250),
        ("mm-sauerkraut-live", MealSlot.Dinner, 75),
    ];

    public static async Task EnsureCreatedAsync(IServiceProvider services, ILogger logger)
    {
        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        var accounts = services.GetRequiredService<AccountService>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        await EnsureAsync(userManager, accounts, AdminEmail, "Ada Admin", Roles.Admin, null, logger);
        await EnsureAsync(userManager, accounts, NutritionistEmail, "Nora Nutritionist", Roles.Nutritionist, null, logger);
        var mother = await EnsureAsync(userManager, accounts, MotherEmail, "Maya Mother", Roles.Mother,
            new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = today.AddDays(140) }, logger);

        if (mother is not null)
        {
            await LogSampleDayAsync(services.GetRequiredService<AppDbContext>(), mother.Id, today.AddDays(-1), clock);
        }
    }

    private static async Task<AppUser?> EnsureAsync(
        UserManager<AppUser> userManager, AccountService accounts, string email, string name, string role, MotherProfile? profile, ILogger logger)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return null;
        }

        var (result, user) = await accounts.CreateAsync(email, name, Password, role, profile);
        if (!result.Succeeded)
        {
            StartupLog.DemoAccountFailed(logger, role, string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        return user;
    }

    private static async Task LogSampleDayAsync(AppDbContext db, string userId, DateOnly date, TimeProvider clock)
    {
        var keys = SampleDay.Select(s => s.FoodKey).ToList();
        var foods = await db.Foods.Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, f => f.Id);
        var now = clock.GetUtcNow();
        foreach (var (key, slot, grams) in SampleDay.Where(s => foods.ContainsKey(s.FoodKey)))
        {
            db.MealEntries.Add(new MealEntry
            {
                UserId = userId,
                Date = date,
                Slot = slot,
                FoodId = foods[key],
                Unit = QuantityUnit.Grams,
                Amount = grams,
                Grams = grams,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }
}
