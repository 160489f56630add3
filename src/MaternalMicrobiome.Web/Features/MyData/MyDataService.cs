using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.MyData;

/// <summary>Everything a mother owns: exported as JSON or CSV, or deleted with her account.</summary>
public sealed class MyDataService(AppDbContext db, CurrentUser currentUser, UserManager<AppUser> userManager, NotificationMails notifications, TimeProvider clock)
{
    /// <summary>What an audit row says in place of a deleted mother's id and name.</summary>
    public const string DeletedAccount = "deleted account";

    // Enums by name ("Pregnant", not 0): the export is read by people and other tools, not by this app.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>Her account, profile, entries, check-ins, custom foods and recipes, favourites and disliked foods, as one JSON document.</summary>
    public async Task<string> ExportJsonAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var dislikedIds = await db.MotherProfiles.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.DislikedFoodIds).SingleOrDefaultAsync(cancellationToken) ?? [];
        var document = new
        {
            ExportedAt = clock.GetUtcNow(),
            Account = new { user.Email, user.DisplayName, user.CreatedAt },
            Profile = await db.MotherProfiles.AsNoTracking().Where(p => p.UserId == userId)
                .Select(p => new { p.StageKind, p.DueDate, p.BabyBirthDate, p.FeedingMode, p.DietPattern, p.Exclusions, p.AvoidedAllergens, p.Units, p.TimeZoneId })
                .SingleOrDefaultAsync(cancellationToken),
            Entries = await EntriesAsync(userId, cancellationToken),
            CheckIns = await db.CheckIns.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Date)
                .Select(c => new { c.Date, c.SleepHours, c.Stress, c.MovementMinutes, c.Breathwork, c.AntibioticCourse, c.DigestiveComfort, c.BristolType })
                .ToListAsync(cancellationToken),
            CustomFoods = await db.Foods.AsNoTracking().Where(f => f.OwnerId == userId).OrderBy(f => f.Name)
                .Select(f => new
                {
                    f.Key, f.Name, f.FoodGroup, f.EnergyKcal, f.FiberG, f.TotalSugarsG, f.AddedSugarsG, f.WaterG, f.CaffeineMg, f.PlantSpecies,
                    f.RecipeServings,
                    Ingredients = f.Ingredients.Select(i => new { Food = i.Food!.Name, i.Grams }),
                    Portions = f.Portions.Select(p => new { p.Description, p.Grams }),
                })
                .ToListAsync(cancellationToken),
            Favourites = await db.FavouriteFoods.AsNoTracking().Where(f => f.UserId == userId)
                .Join(db.Foods, f => f.FoodId, food => food.Id, (f, food) => food.Name)
                .ToListAsync(cancellationToken),
            DislikedFoods = await db.Foods.AsNoTracking().Where(f => dislikedIds.Contains(f.Id)).OrderBy(f => f.Name).Select(f => f.Name)
                .ToListAsync(cancellationToken),
        };
        return JsonSerializer.Serialize(document, Json);
    }

    /// <summary>Her meal log as CSV, one entry a line.</summary>
    public async Task<string> ExportEntriesCsvAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        var entries = await EntriesAsync(userId, cancellationToken);
        var builder = new StringBuilder();
        await using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        await using (var csv = new SafeCsvWriter(writer))
        {
            // ISO 8601 dates: the invariant culture would write 12/03/2026, which spreadsheets read by locale.
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
            await csv.WriteRecordsAsync(entries, cancellationToken);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Deletes her account and everything she owns, in one transaction, after checking her password. Her rows are
    /// removed explicitly, children first, so no foreign key is left pointing at a deleted plan, entry or food:
    /// including a nutritionist's template that holds one of her private foods (that planned line goes with her).
    /// Audit rows about her keep who did what and when, but lose her id, name and the before/after data.
    /// </summary>
    public async Task<bool> DeleteAccountAsync(string password, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        var user = await userManager.FindByIdAsync(userId) ?? throw new NotFoundException("That account does not exist.");
        if (!await userManager.CheckPasswordAsync(user, password))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ownFoods = await db.Foods.Where(f => f.OwnerId == userId).Select(f => f.Id).ToListAsync(cancellationToken);
        var sharingWith = await db.ClientLinks.Where(l => l.MotherId == userId && l.ConsentedAt != null && l.EndedAt == null)
            .Select(l => l.NutritionistId).Distinct().ToListAsync(cancellationToken);

        // Conversations about her (she writes only on her own data), then her plans and templates with their lines.
        await db.Comments.Where(c => c.MotherId == userId || c.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PlannedEntries.Where(e => ownFoods.Contains(e.FoodId)).ExecuteDeleteAsync(cancellationToken);
        await db.MealPlans.Where(p => p.MotherId == userId || p.AuthorId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.MealEntries.Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CheckIns.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.FavouriteFoods.Where(f => f.UserId == userId || ownFoods.Contains(f.FoodId)).ExecuteDeleteAsync(cancellationToken);
        await db.ClientTargetChanges.Where(c => c.MotherId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ClientTargets.Where(t => t.MotherId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ClientLinks.Where(l => l.MotherId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.RecipeIngredients.Where(i => ownFoods.Contains(i.RecipeId) || ownFoods.Contains(i.FoodId)).ExecuteDeleteAsync(cancellationToken);
        await db.FoodPortions.Where(p => ownFoods.Contains(p.FoodId)).ExecuteDeleteAsync(cancellationToken);
        await db.Foods.Where(f => f.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.MotherProfiles.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AuditEntries.Where(a => a.SubjectUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubjectUserId, (string?)null).SetProperty(a => a.Before, (string?)null).SetProperty(a => a.After, (string?)null), cancellationToken);
        await db.AuditEntries.Where(a => a.ActorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorId, DeletedAccount).SetProperty(a => a.ActorName, DeletedAccount), cancellationToken);
        await db.AuditEntries.Where(a => a.EntityKey == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.EntityKey, DeletedAccount), cancellationToken);
        var result = await userManager.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(cancellationToken);

        // Her nutritionist hears that the link ended, as when she stops sharing (queued: the mail is composed later).
        foreach (var nutritionistId in sharingWith)
        {
            notifications.ClientDeletedAccount(nutritionistId, string.IsNullOrWhiteSpace(user.DisplayName) ? "A client" : user.DisplayName);
        }

        return true;
    }

    private Task<List<ExportedEntry>> EntriesAsync(string userId, CancellationToken cancellationToken) =>
        db.MealEntries.AsNoTracking().Where(e => e.UserId == userId)
            .OrderBy(e => e.Date).ThenBy(e => e.Slot).ThenBy(e => e.Id)
            .Select(e => new ExportedEntry(e.Date, e.Slot.ToString(), e.FoodId, e.Food!.Name, e.Unit.ToString(), e.Amount, e.PortionDescription, e.Grams, e.Note))
            .ToListAsync(cancellationToken);
}
