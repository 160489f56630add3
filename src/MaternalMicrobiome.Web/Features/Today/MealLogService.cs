using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Common;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>
/// A mother's own log: read a scored day, add, change and delete entries. Every method works only on the signed-in
/// mother's data; another mother's entry id is answered as "not found", exactly like an id that does not exist.
/// A linked nutritionist may read a client's day (read-only, audited) by passing the client's id.
/// </summary>
public sealed class MealLogService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    ClientAccess clientAccess,
    IValidator<MealEntryRequest> validator,
    CatalogIndex catalogIndex,
    TimeProvider clock)
{
    /// <summary>A scored day: the signed-in mother's, or (audited) a linked client's when <paramref name="clientId"/> is set.</summary>
    public async Task<DayView> GetDayAsync(DateOnly date, string? clientId = null, CancellationToken cancellationToken = default)
    {
        var userId = await clientAccess.RequireReadAsync(clientId, $"day {Format.IsoDate(date)}", cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var targets = await MotherTargets.LoadAsync(db, userId, cancellationToken);
        var entries = await WindowAsync(db, userId, date, cancellationToken);

        var stage = targets.StageOn(date);
        var score = DayScorer.Score(
            date,
            entries.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)),
            targets.For(date),
            stage);

        var today = entries
            .Where(e => e.Date == date)
            .Select(e => new EntryView(e.Id, e.Slot, e.FoodId, e.Food!.Name, e.Quantity, e.Grams, e.Note))
            .ToList();
        return new DayView(date, stage, today, score, targets.Profile.Units);
    }

    /// <summary>A few foods that would close the day's gaps, within her diet, exclusions and pregnancy safety.</summary>
    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, userId, cancellationToken);
        var window = await WindowAsync(db, userId, date, cancellationToken);
        return GapCloser.Suggest(
            date,
            window.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)).ToList(),
            await catalogIndex.GetSuggestionPoolAsync(cancellationToken),
            targets.For(date),
            targets.StageOn(date),
            targets.Profile.Preferences);
    }

    /// <summary>Today's date where she lives (or where the linked client lives).</summary>
    public async Task<DateOnly> TodayAsync(string? clientId = null, CancellationToken cancellationToken = default) =>
        DateOnly.FromDateTime(await LocalNowAsync(clientId, cancellationToken));

    /// <summary>The time of day where she lives (or where the linked client lives), not the server's.</summary>
    public async Task<DateTime> LocalNowAsync(string? clientId = null, CancellationToken cancellationToken = default)
    {
        // Only her time zone is read here, not health data: the link is checked, the page's day read is what is audited.
        var userId = clientId;
        if (clientId is null)
        {
            userId = await currentUser.RequireAsync(Roles.Mother);
        }
        else
        {
            await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var timeZone = await db.MotherProfiles.Where(p => p.UserId == userId).Select(p => p.TimeZoneId).SingleOrDefaultAsync(cancellationToken);
        return LocalDate.Now(clock, timeZone);
    }

    /// <summary>How she last logged this food (unit, portion and amount), or null when she never has.</summary>
    public async Task<MealEntryRequest?> LastQuantityAsync(int foodId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MealEntries
            .Where(e => e.UserId == userId && e.FoodId == foodId)
            .OrderByDescending(e => e.Id)
            .Select(e => new MealEntryRequest { FoodId = e.FoodId, Unit = e.Unit, Amount = e.Amount, PortionDescription = e.PortionDescription })
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<MealEntryRequest> GetEntryAsync(int entryId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await FindOwnAsync(db, userId, entryId, cancellationToken);
        return new MealEntryRequest
        {
            Date = entry.Date,
            Slot = entry.Slot,
            FoodId = entry.FoodId,
            Unit = entry.Unit,
            Amount = entry.Amount,
            PortionDescription = entry.PortionDescription,
            Note = entry.Note,
        };
    }

    public async Task<int> AddAsync(MealEntryRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var entry = new MealEntry { UserId = userId, CreatedAt = now };
        await ApplyAsync(db, request, entry, cancellationToken);
        db.MealEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    public async Task UpdateAsync(int entryId, MealEntryRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var entry = await FindOwnAsync(db, userId, entryId, cancellationToken);
        await ApplyAsync(db, request, entry, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Logs one of the quick drinks now, in the drink slot.</summary>
    public async Task<int> AddQuickDrinkAsync(DateOnly date, string foodKey, CancellationToken cancellationToken = default)
    {
        var drink = QuickDrink.All.SingleOrDefault(d => d.FoodKey == foodKey)
            ?? throw Invalid(nameof(MealEntryRequest.FoodId), "That is not one of the quick drinks.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foodId = await db.Foods.Where(f => f.Key == drink.FoodKey && f.OwnerId == null).Select(f => (int?)f.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw Invalid(nameof(MealEntryRequest.FoodId), "That food is not in the catalog.");
        return await AddAsync(new MealEntryRequest { Date = date, Slot = MealSlot.Drink, FoodId = foodId, Unit = QuantityUnit.Millilitres, Amount = drink.Millilitres }, cancellationToken);
    }

    /// <summary>How many of her entries a copy of that day (or of one meal of it) would copy: the copy dialog's preview.</summary>
    public async Task<int> CountAsync(DateOnly date, MealSlot? slot = null, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MealEntries.CountAsync(e => e.UserId == userId && e.Date == date && (slot == null || e.Slot == slot), cancellationToken);
    }

    /// <summary>Copies her entries of one day (or of one meal of it) to another day; returns how many were copied.</summary>
    public async Task<int> CopyAsync(DateOnly from, DateOnly to, MealSlot? slot = null, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        var today = LocalDate.Today(clock, null);
        if (!LoggingWindow.Contains(to, today) || !LoggingWindow.Contains(from, today))
        {
            throw Invalid(nameof(MealEntryRequest.Date), "Date must be within the last 5 years and at most a year ahead.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.MealEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.Date == from && (slot == null || e.Slot == slot))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.MealEntries.AddRange(source.Select(e => new MealEntry
        {
            UserId = userId, Date = to, Slot = e.Slot, FoodId = e.FoodId, Unit = e.Unit, Amount = e.Amount,
            PortionDescription = e.PortionDescription, Grams = e.Grams, Note = e.Note, CreatedAt = now, UpdatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return source.Count;
    }

    /// <summary>Puts back an entry she just deleted (the undo of the delete snackbar), as a new entry.</summary>
    public Task<int> RestoreAsync(MealEntryRequest deleted, CancellationToken cancellationToken = default) => AddAsync(deleted, cancellationToken);

    public async Task DeleteAsync(int entryId, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.MealEntries.Where(e => e.Id == entryId && e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException("That entry does not exist.");
        }
    }

    /// <summary>The day and the six before it: the weekly plant target needs the rolling window.</summary>
    private static Task<List<MealEntry>> WindowAsync(AppDbContext db, string userId, DateOnly date, CancellationToken cancellationToken) =>
        MotherEntries.BetweenAsync(db, userId, date.AddDays(1 - DayScorer.PlantWindowDays), date, cancellationToken);

    private static async Task<MealEntry> FindOwnAsync(AppDbContext db, string userId, int entryId, CancellationToken cancellationToken) =>
        await db.MealEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.UserId == userId, cancellationToken)
        ?? throw new NotFoundException("That entry does not exist.");

    private async Task ApplyAsync(AppDbContext db, MealEntryRequest request, MealEntry entry, CancellationToken cancellationToken)
    {
        var (food, quantity, grams) = await FoodQuantities.ResolveAsync(
            db, entry.UserId, request.FoodId, request.Unit, request.Amount, request.PortionDescription, cancellationToken);
        entry.Date = request.Date;
        entry.Slot = request.Slot;
        entry.FoodId = food.Id;
        entry.Unit = quantity.Unit;
        entry.Amount = quantity.Amount;
        entry.PortionDescription = quantity.PortionDescription;
        entry.Grams = grams;
        entry.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        entry.UpdatedAt = clock.GetUtcNow();
    }

    /// <summary>A rule that needs the database (the food exists, the portion is its own) fails like a validator rule.</summary>
    private static ValidationException Invalid(string property, string message) => FoodQuantities.Invalid(property, message);
}
