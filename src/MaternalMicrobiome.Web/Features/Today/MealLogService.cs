using System.Globalization;
using System.Text;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
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
    SharedFoodCache sharedFoods,
    TimeProvider clock)
{
    /// <summary>Days whose suggestions a circuit keeps (the service is scoped: one circuit, one mother).</summary>
    private const int CachedSuggestionDays = 7;

    // The suggestions of the days she looked at, with the inputs and the candidate pool they were worked out from:
    // re-opening a day she has not changed since costs no search (docs/performance.md, "Lean circuits").
    private readonly Dictionary<DateOnly, (string InputsKey, IReadOnlyList<Food> Pool, IReadOnlyList<Food> PrenatalPool, IReadOnlyList<Suggestion> Suggestions)> suggestionCache = [];

    /// <summary>A scored day: the signed-in mother's, or (audited) a linked client's when <paramref name="clientId"/> is set.</summary>
    public async Task<DayView> GetDayAsync(DateOnly date, string? clientId = null, CancellationToken cancellationToken = default)
    {
        var userId = await clientAccess.RequireReadAsync(clientId, $"day {Format.IsoDate(date)}", cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var targets = await MotherTargets.LoadAsync(db, userId, cancellationToken);

        // Narrow rows, and the foods from the shared cache: a circuit that keeps the day keeps no copy of a catalog food.
        var firstDay = date.AddDays(1 - DayScorer.PlantWindowDays);
        var rows = await db.MealEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.Date >= firstDay && e.Date <= date)
            .OrderBy(e => e.Date).ThenBy(e => e.Slot).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Date, e.Slot, e.FoodId, e.Unit, e.Amount, e.PortionDescription, e.Grams, e.Note })
            .ToListAsync(cancellationToken);
        var foods = await sharedFoods.GetAsync(db, rows.Select(r => r.FoodId), cancellationToken);
        var known = rows.Where(r => foods.ContainsKey(r.FoodId)).ToList();

        var stage = targets.StageOn(date);
        var targetSet = targets.For(date);
        var preferences = targets.Profile.Preferences;
        var window = known.Select(r => new ConsumedFood(foods[r.FoodId], r.Grams, r.Date)).ToList();
        var entries = known
            .Where(r => r.Date == date)
            .Select(r => new EntryView(r.Id, r.Slot, r.FoodId, foods[r.FoodId].Name, new Quantity(r.Unit, r.Amount, r.PortionDescription), r.Grams, r.Note))
            .ToList();

        return new DayView(date, stage, entries, DayScorer.ScoreNumbers(date, window, targetSet, stage), targets.Profile.Units)
        {
            MotherId = userId,
            Window = window,
            Targets = targetSet,
            Preferences = preferences,
        };
    }

    /// <summary>A few foods that would close the day's gaps, within her diet, exclusions and pregnancy safety.</summary>
    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        await GetSuggestionsAsync(await GetDayAsync(date, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>
    /// The suggestions for a day of hers just read with <see cref="GetDayAsync"/>: no second read of her profile and
    /// window. Worked out once per day and kept until anything they depend on changes (an entry, a food she logged,
    /// her targets, stage or preferences, the catalog).
    /// </summary>
    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsAsync(DayView day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(day);
        var userId = await currentUser.RequireAsync(Roles.Mother);
        if (day.MotherId != userId)
        {
            throw new NotFoundException("That day does not exist.");
        }

        var pool = await catalogIndex.GetSuggestionPoolAsync(cancellationToken);
        var prenatalPool = await catalogIndex.GetPrenatalSuggestionPoolAsync(cancellationToken);
        var inputsKey = SuggestionInputsKey(day);
        if (suggestionCache.TryGetValue(day.Date, out var cached) && cached.InputsKey == inputsKey
            && ReferenceEquals(cached.Pool, pool) && ReferenceEquals(cached.PrenatalPool, prenatalPool))
        {
            return cached.Suggestions;
        }

        // The gut-health gaps keep their order; the prenatal nutrients the day still misses come after (docs/scoring.md).
        var gutPicks = GapCloser.Suggest(day.Date, day.Window, pool, day.Targets, day.Stage, day.Preferences);
        IReadOnlyList<Suggestion> suggestions =
            [.. gutPicks, .. PrenatalGapCloser.Suggest(day.Date, day.Window, gutPicks, prenatalPool, day.Targets, day.Stage, day.Preferences)];
        if (suggestionCache.Count >= CachedSuggestionDays && !suggestionCache.ContainsKey(day.Date))
        {
            suggestionCache.Remove(suggestionCache.Keys.First());
        }

        suggestionCache[day.Date] = (inputsKey, pool, prenatalPool, suggestions);
        return suggestions;
    }

    /// <summary>
    /// Everything a day's suggestions depend on besides the pool, as text: the day, stage, targets, preferences and the
    /// window in order, each food with its version (ingredients included). Equal keys give equal suggestions. Built
    /// only when suggestions are asked for: a plain day read (every Today action and render) does not pay for it.
    /// </summary>
    private static string SuggestionInputsKey(DayView day)
    {
        var preferences = day.Preferences;
        var key = new StringBuilder();
        key.Append(CultureInfo.InvariantCulture, $"{day.Date.DayNumber}|{day.Stage}|{preferences.Pattern}:{preferences.RequiredTags}:{preferences.AvoidedAllergens}:{string.Join(',', preferences.DislikedFoodIds.Order())}|");
        foreach (var target in day.Targets.Targets)
        {
            key.Append(CultureInfo.InvariantCulture, $"{target.Metric}:{target.Direction}:{target.Value:R}:{target.Weight:R};");
        }

        foreach (var eaten in day.Window)
        {
            key.Append(CultureInfo.InvariantCulture, $"|{eaten.Date.DayNumber}:{eaten.Grams:R}:{eaten.Food.Id}:{eaten.Food.Version}");
            foreach (var ingredient in eaten.Food.Ingredients)
            {
                key.Append(CultureInfo.InvariantCulture, $",{ingredient.FoodId}:{ingredient.Grams:R}:{ingredient.Food?.Version}");
            }
        }

        return key.ToString();
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
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await AddEntryAsync(db, userId, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    /// <summary>
    /// The one way a meal entry is written, for her own logging and for logging a planned meal: the request validated,
    /// the food and portion resolved against the foods she may use, the entry added to <paramref name="db"/> (the
    /// caller saves, inside its own transaction if it has one). The caller has already checked who <paramref name="userId"/> is.
    /// </summary>
    internal async Task<MealEntry> AddEntryAsync(AppDbContext db, string userId, MealEntryRequest request, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var entry = new MealEntry { UserId = userId, CreatedAt = clock.GetUtcNow() };
        await ApplyAsync(db, request, entry, cancellationToken);
        db.MealEntries.Add(entry);
        return entry;
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

    private static async Task<MealEntry> FindOwnAsync(AppDbContext db, string userId, int entryId, CancellationToken cancellationToken) =>
        await db.MealEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.UserId == userId, cancellationToken)
        ?? throw new NotFoundException("That entry does not exist.");

    private async Task ApplyAsync(AppDbContext db, MealEntryRequest request, MealEntry entry, CancellationToken cancellationToken)
    {
        var (food, quantity, grams) = await FoodQuantities.ResolveAsync(
            db, new FoodViewer(entry.UserId), request.FoodId, request.Unit, request.Amount, request.PortionDescription, cancellationToken);
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
