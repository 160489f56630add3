using MaternalMicrobiome.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The row count of every app table, plus an optional fingerprint of the rows a case could change in place.</summary>
public static class DatabaseState
{
    public static async Task<string> CaptureAsync(IServiceProvider services, Func<AppDbContext, Task<string>>? fingerprint = null)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var counts = new List<string>
        {
            $"Users={await db.Users.CountAsync()}",
            $"Foods={await db.Foods.CountAsync()}",
            $"FoodPortions={await db.FoodPortions.CountAsync()}",
            $"RecipeIngredients={await db.RecipeIngredients.CountAsync()}",
            $"References={await db.References.CountAsync()}",
            $"MealEntries={await db.MealEntries.CountAsync()}",
            $"MotherProfiles={await db.MotherProfiles.CountAsync()}",
            $"FavouriteFoods={await db.FavouriteFoods.CountAsync()}",
            $"AuditEntries={await db.AuditEntries.CountAsync()}",
            $"CheckIns={await db.CheckIns.CountAsync()}",
            $"ClientLinks={await db.ClientLinks.CountAsync()}",
            $"Comments={await db.Comments.CountAsync()}",
            $"ClientTargets={await db.ClientTargets.CountAsync()}",
            $"ClientTargetChanges={await db.ClientTargetChanges.CountAsync()}",
            $"MealPlans={await db.MealPlans.CountAsync()}",
            $"PlannedEntries={await db.PlannedEntries.CountAsync()}",
            $"PractitionerProfiles={await db.PractitionerProfiles.CountAsync()}",
            $"WeeklyRecommendations={await db.WeeklyRecommendations.CountAsync()}",
        };
        if (fingerprint is not null)
        {
            counts.Add(await fingerprint(db));
        }

        return string.Join("; ", counts);
    }
}
