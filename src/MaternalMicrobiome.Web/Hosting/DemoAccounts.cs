using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Practice;
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

        await LinkDemoClientAsync(services.GetRequiredService<AppDbContext>(), userManager, clock);
    }

    /// <summary>The demo nutritionist has the demo mother as a consenting client, so the roster is not empty.</summary>
    private static async Task LinkDemoClientAsync(AppDbContext db, UserManager<AppUser> userManager, TimeProvider clock)
    {
        var nutritionist = await userManager.FindByEmailAsync(NutritionistEmail);
        var mother = await userManager.FindByEmailAsync(MotherEmail);
        if (nutritionist is null || mother is null || await db.ClientLinks.AnyAsync(l => l.MotherId == mother.Id))
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.ClientLinks.Add(new ClientLink
        {
            NutritionistId = nutritionist.Id,
            InviteCode = InviteCodes.NewCode(),
            CreatedAt = now,
            ExpiresAt = now + InviteCodes.Lifetime,
            MotherId = mother.Id,
            ConsentedAt = now,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<AppUser?> EnsureAsync(
        UserManager<AppUser> userManager, AccountService accounts, string email, string name, string role, MotherProfile? profile, ILogger logger)
    {
        if (await userManager.FindByEmailAsync(email) is { } existing)
        {
            // Made before accounts needed confirming: the demo accounts must still sign in.
            if (!existing.EmailConfirmed)
            {
                existing.EmailConfirmed = true;
                await userManager.UpdateAsync(existing);
            }

            return null;
        }

        var (result, user) = await accounts.CreateAsync(email, name, Password, role, profile, emailConfirmed: true);
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
