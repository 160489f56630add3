using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

// The ToLower() calls in this file are inside LINQ queries that EF translates to SQL lower(), the same on SQLite and
// PostgreSQL; the culture rules are about strings compared in memory.
#pragma warning disable CA1304, CA1311, CA1862

namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// Curating the shared catalog, for admins only: browse it, create and edit foods (with optimistic concurrency), and
/// merge duplicates. Mothers' private foods (<see cref="Food.OwnerId"/> set) are never listed, changed or merged here.
/// Every change is audited in the same SaveChanges and rebuilds the search index.
/// </summary>
public sealed class FoodAdminService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    IValidator<FoodEditRequest> validator,
    AuditLog audit,
    CatalogVersion catalogVersion)
{
    public const int MaxSearchResults = 20;
    public const string EntityType = "food";

    public async Task<Paged<FoodGridRow>> ListAsync(FoodGridQuery query, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var foods = db.Foods.AsNoTracking().Where(f => f.OwnerId == null);
        if (!string.IsNullOrWhiteSpace(query.NameContains))
        {
            var term = Lower(query.NameContains);
            foods = foods.Where(f => f.Name.ToLower().Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(query.FoodGroup))
        {
            foods = foods.Where(f => f.FoodGroup == query.FoodGroup);
        }

        var total = await foods.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, FoodGridQuery.MaxPageSize);
        var rows = await Sort(foods, query.SortBy, query.Descending)
            .ThenBy(f => f.Name.ToLower())
            .ThenBy(f => f.Id)
            .Skip(Math.Max(0, query.Page) * pageSize)
            .Take(pageSize)
            .Select(f => new { f.Id, f.Key, f.Name, f.FoodGroup, f.FiberG, f.NovaGroup, f.PlantSpecies, f.HasLiveCultures, f.PregnancyRisks, f.EditedLocally })
            .ToListAsync(cancellationToken);
        return new Paged<FoodGridRow>(
            rows.Select(f => new FoodGridRow(
                    f.Id, f.Key, f.Name, f.FoodGroup, f.FiberG, f.NovaGroup, f.PlantSpecies.Count, f.HasLiveCultures,
                    CatalogCodes.FormatFlags(f.PregnancyRisks, CatalogCodes.PregnancyRisks), f.EditedLocally))
                .ToList(),
            total);
    }

    public async Task<IReadOnlyList<string>> ListFoodGroupsAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Foods.AsNoTracking().Where(f => f.OwnerId == null).Select(f => f.FoodGroup).Distinct().OrderBy(g => g).ToListAsync(cancellationToken);
    }

    /// <summary>The food as the editor shows it, with the <see cref="FoodEditRequest.Version"/> to save against.</summary>
    public async Task<FoodEditRequest> GetForEditAsync(int foodId, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId && f.OwnerId == null, cancellationToken)
            ?? throw new NotFoundException("That food is not in the shared catalog.");
        return FoodMapping.ToRequest(food);
    }

    /// <summary>Adds a food to the shared catalog; returns its id.</summary>
    public async Task<int> CreateAsync(FoodEditRequest request, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(request);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        if (await db.Foods.AnyAsync(f => f.Key == request.Key, cancellationToken))
        {
            throw KeyTaken(request.Key);
        }

        var food = new Food { Key = request.Key, Name = request.Name, FoodGroup = request.FoodGroup };
        FoodMapping.Apply(request, food);
        food.EditedLocally = true;
        food.Version = Guid.NewGuid();
        db.Foods.Add(food);
        await audit.AddAsync(db, "food.create", EntityType, food.Key, null, FoodMapping.Snapshot(food));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another admin created the same key between the check and the insert; anything else is not ours to explain.
            if (await KeyExistsAsync(request.Key, cancellationToken))
            {
                throw KeyTaken(request.Key);
            }

            throw;
        }

        await catalogVersion.ChangedAsync(cancellationToken);
        return food.Id;
    }

    /// <summary>
    /// Saves the editor's values over the food, if nobody saved it since the editor loaded
    /// <see cref="FoodEditRequest.Version"/>; otherwise throws <see cref="ConcurrencyConflictException"/> with what is
    /// saved now, and changes nothing. Returns the new version.
    /// </summary>
    public async Task<Guid> UpdateAsync(int foodId, FoodEditRequest request, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(request);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var food = await db.Foods.Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId && f.OwnerId == null, cancellationToken)
            ?? throw new NotFoundException("That food is not in the shared catalog.");
        var before = FoodMapping.Snapshot(food);

        db.FoodPortions.RemoveRange(food.Portions);
        FoodMapping.Apply(request, food);
        food.EditedLocally = true;

        // The UPDATE only matches the row if it still has the version this editor loaded.
        db.Entry(food).Property(f => f.Version).OriginalValue = request.Version;
        food.Version = Guid.NewGuid();
        await audit.AddAsync(db, "food.update", EntityType, food.Key, before, FoodMapping.Snapshot(food));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Foods.AsNoTracking().Include(f => f.Portions).SingleOrDefaultAsync(f => f.Id == foodId, cancellationToken)
                ?? throw new NotFoundException("That food was deleted while you were editing.", e);
            throw new ConcurrencyConflictException(FoodMapping.ToRequest(current), e);
        }

        await catalogVersion.ChangedAsync(cancellationToken);
        return food.Version;
    }

    /// <summary>Shared foods whose name or key contains the text, for the merge pickers.</summary>
    public async Task<IReadOnlyList<FoodOption>> SearchAsync(string? text, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = db.Foods.AsNoTracking().Where(f => f.OwnerId == null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = Lower(text);
            foods = foods.Where(f => f.Name.ToLower().Contains(term) || f.Key.ToLower().Contains(term));
        }

        return await foods
            .OrderBy(f => f.Name.ToLower())
            .Take(MaxSearchResults)
            .Select(f => new FoodOption(f.Id, f.Key, f.Name, f.FoodGroup))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Folds a duplicate into the survivor, in one transaction: every meal entry, recipe ingredient and favourite of
    /// the duplicate moves to the survivor (a favourite is dropped when its owner already starred the survivor), then
    /// the duplicate is deleted. An entry logged in a household portion the survivor does not have keeps its grams.
    /// </summary>
    public async Task<FoodMergeResult> MergeAsync(int survivorId, int duplicateId, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        if (survivorId == duplicateId)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("DuplicateId", "Choose two different foods: the one to keep and its duplicate.")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var survivor = await db.Foods.AsNoTracking().SingleOrDefaultAsync(f => f.Id == survivorId && f.OwnerId == null, cancellationToken)
            ?? throw new NotFoundException("The food to keep is not in the shared catalog.");
        var duplicate = await db.Foods.Include(f => f.Portions).SingleOrDefaultAsync(f => f.Id == duplicateId && f.OwnerId == null, cancellationToken)
            ?? throw new NotFoundException("The duplicate is not in the shared catalog.");
        var survivorPortions = await db.FoodPortions.Where(p => p.FoodId == survivorId).Select(p => p.Description).ToListAsync(cancellationToken);

        // A portion the kept food does not have is kept as its grams, in the log and in plans and templates alike.
        await db.MealEntries
            .Where(e => e.FoodId == duplicateId && e.Unit == QuantityUnit.Portion && !survivorPortions.Contains(e.PortionDescription!))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Unit, QuantityUnit.Grams).SetProperty(e => e.Amount, e => e.Grams).SetProperty(e => e.PortionDescription, (string?)null), cancellationToken);
        var entries = await db.MealEntries.Where(e => e.FoodId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.FoodId, survivorId), cancellationToken);
        await db.PlannedEntries
            .Where(e => e.FoodId == duplicateId && e.Unit == QuantityUnit.Portion && !survivorPortions.Contains(e.PortionDescription!))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Unit, QuantityUnit.Grams).SetProperty(e => e.Amount, e => e.Grams).SetProperty(e => e.PortionDescription, (string?)null), cancellationToken);
        var planned = await db.PlannedEntries.Where(e => e.FoodId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.FoodId, survivorId), cancellationToken);
        var ingredients = await db.RecipeIngredients.Where(i => i.FoodId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.FoodId, survivorId), cancellationToken);
        var dropped = await db.FavouriteFoods
            .Where(f => f.FoodId == duplicateId && db.FavouriteFoods.Any(s => s.UserId == f.UserId && s.FoodId == survivorId))
            .ExecuteDeleteAsync(cancellationToken);
        var favourites = await db.FavouriteFoods.Where(f => f.FoodId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.FoodId, survivorId), cancellationToken);


        // Disliked foods are a list of ids in the profile (no foreign key): the kept food takes the duplicate's place.
        var dislikes = await db.MotherProfiles.Where(p => p.DislikedFoodIds.Contains(duplicateId)).ToListAsync(cancellationToken);
        foreach (var profile in dislikes)
        {
            profile.DislikedFoodIds = profile.DislikedFoodIds.Where(id => id != duplicateId).Append(survivorId).Distinct().ToList();
        }

        var result = new FoodMergeResult(survivor.Key, duplicate.Key, entries, ingredients, favourites, dropped, planned, dislikes.Count);
        await audit.AddAsync(
            db,
            "food.merge",
            EntityType,
            duplicate.Key,
            new { SurvivorKey = survivor.Key, DuplicateKey = duplicate.Key, Duplicate = FoodMapping.Snapshot(duplicate) },
            result);
        db.Foods.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
        return result;
    }

    // Case-insensitive on every provider: SQL lower() on both sides (SQLite's LIKE ignores case, PostgreSQL's does not).
    private static string Lower(string text) => text.Trim().ToLowerInvariant();

    private static IOrderedQueryable<Food> Sort(IQueryable<Food> foods, FoodSortColumn column, bool descending) => column switch
    {
        FoodSortColumn.FoodGroup => descending ? foods.OrderByDescending(f => f.FoodGroup.ToLower()) : foods.OrderBy(f => f.FoodGroup.ToLower()),
        // Foods without a fiber value go last either way (SQLite and PostgreSQL disagree on where NULL sorts).
        FoodSortColumn.Fiber => descending
            ? foods.OrderBy(f => f.FiberG == null).ThenByDescending(f => f.FiberG)
            : foods.OrderBy(f => f.FiberG == null).ThenBy(f => f.FiberG),
        FoodSortColumn.Nova => descending ? foods.OrderByDescending(f => f.NovaGroup) : foods.OrderBy(f => f.NovaGroup),
        _ => descending ? foods.OrderByDescending(f => f.Name.ToLower()) : foods.OrderBy(f => f.Name.ToLower()),
    };

    private async Task<bool> KeyExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Foods.AnyAsync(f => f.Key == key, cancellationToken);
    }

    private static ValidationException KeyTaken(string key) =>
        new([new FluentValidation.Results.ValidationFailure(nameof(FoodEditRequest.Key), $"Key '{key}' is already used by another food.")]);
}
