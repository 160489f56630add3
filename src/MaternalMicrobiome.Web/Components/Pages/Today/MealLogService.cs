using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Components.Pages.Today;

/// <summary>
/// A mother's own log: read a scored day, add, change and delete entries. Every method works only on the signed-in
/// mother's data; another mother's entry id is answered as "not found", exactly like an id that does not exist.
/// </summary>
public sealed class MealLogService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    IValidator<MealEntryRequest> validator,
    CatalogIndex catalogIndex,
    TimeProvider clock)
{
    public async Task<DayView> GetDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var profile = await ProfileOfAsync(db, userId, cancellationToken);
        var entries = await WindowAsync(db, userId, date, cancellationToken);

        var stage = profile.StageOn(date);
        var score = DayScorer.Score(
            date,
            entries.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)),
            DefaultTargets.For(stage, profile.PlantCountingMode),
            stage);

        var today = entries
            .Where(e => e.Date == date)
            .Select(e => new EntryView(e.Id, e.Slot, e.FoodId, e.Food!.Name, e.Quantity, e.Grams, e.Note))
            .ToList();
        return new DayView(date, stage, today, score, profile.Units);
    }

    /// <summary>A few foods that would close the day's gaps, within her diet, exclusions and pregnancy safety.</summary>
    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await ProfileOfAsync(db, userId, cancellationToken);
        var window = await WindowAsync(db, userId, date, cancellationToken);
        var stage = profile.StageOn(date);
        return GapCloser.Suggest(
            date,
            window.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)).ToList(),
            await catalogIndex.GetSuggestionPoolAsync(cancellationToken),
            DefaultTargets.For(stage, profile.PlantCountingMode),
            stage,
            profile.Preferences);
    }

    /// <summary>Today's date where she lives.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var timeZone = await db.MotherProfiles.Where(p => p.UserId == userId).Select(p => p.TimeZoneId).SingleOrDefaultAsync(cancellationToken);
        return LocalDate.Today(clock, timeZone);
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
        if (!MealEntryRequestValidator.IsWithinLoggingRange(to, today) || !MealEntryRequestValidator.IsWithinLoggingRange(from, today))
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

    private static async Task<MotherProfile> ProfileOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.MotherProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
        ?? new MotherProfile { UserId = userId, StageKind = LifeStageKind.PlanningPregnancy };

    /// <summary>The day and the six before it: the weekly plant target needs the rolling window.</summary>
    private static Task<List<MealEntry>> WindowAsync(AppDbContext db, string userId, DateOnly date, CancellationToken cancellationToken)
    {
        var firstDay = date.AddDays(1 - DayScorer.PlantWindowDays);
        return db.MealEntries.AsNoTrackingWithIdentityResolution()
            .Where(e => e.UserId == userId && e.Date >= firstDay && e.Date <= date)
            .Include(e => e.Food).ThenInclude(f => f!.Ingredients).ThenInclude(i => i.Food)
            .AsSplitQuery()
            .OrderBy(e => e.Date).ThenBy(e => e.Slot).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    private static async Task<MealEntry> FindOwnAsync(AppDbContext db, string userId, int entryId, CancellationToken cancellationToken) =>
        await db.MealEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.UserId == userId, cancellationToken)
        ?? throw new NotFoundException("That entry does not exist.");

    private async Task ApplyAsync(AppDbContext db, MealEntryRequest request, MealEntry entry, CancellationToken cancellationToken)
    {
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == request.FoodId && (f.OwnerId == null || f.OwnerId == entry.UserId), cancellationToken)
            ?? throw Invalid(nameof(MealEntryRequest.FoodId), "That food is not in the catalog.");

        var quantity = new Quantity(request.Unit, request.Amount, request.Unit == QuantityUnit.Portion ? request.PortionDescription : null);
        if (quantity.Unit == QuantityUnit.Portion && food.Portions.All(p => p.Description != quantity.PortionDescription))
        {
            throw Invalid(nameof(MealEntryRequest.PortionDescription), $"Choose one of the portions of {food.Name}.");
        }

        var grams = quantity.ToGrams(food);
        if (grams > Quantity.MaxGrams)
        {
            throw Invalid(nameof(MealEntryRequest.Amount), $"That is {grams:N0} g; one entry can hold at most {Quantity.MaxGrams:N0} g.");
        }

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
    private static ValidationException Invalid(string property, string message) =>
        new([new FluentValidation.Results.ValidationFailure(property, message)]);
}
