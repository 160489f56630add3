using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>
/// A mother's own private foods and recipes, and a nutritionist's recipe library (the same kinds of food, which she
/// puts in her clients' plans: see <see cref="LibraryCopies"/>). Every method works only on the signed-in owner's
/// foods: anyone else's food id is answered as "not found", exactly like an id that does not exist.
/// A recipe is a food with ingredients; the scorer counts each ingredient's plants and nutrients, and the recipe row
/// carries per-100 g values and the union of the plants only so that the catalog can show them.
/// </summary>
public sealed class MyFoodsService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    CatalogVersion catalogVersion,
    IValidator<CustomFoodRequest> foodValidator,
    IValidator<RecipeRequest> recipeValidator,
    PlantNames plantNames)
{
    public const string NotFoundMessage = "That food does not exist.";
    public const string ServingPortion = "1 serving";
    /// <summary>Her foods and the copies she receives from a library share one key scheme.</summary>
    public const string KeyPrefix = LibraryCopies.KeyPrefix;

    public async Task<IReadOnlyList<MyFoodSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = await db.Foods.AsNoTracking()
            .Where(f => f.OwnerId == userId)
            .Select(f => new
            {
                f.Id,
                f.Name,
                f.FoodGroup,
                f.RecipeServings,
                f.FiberG,
                f.PlantSpecies,
                f.LibrarySourceKey,
                IngredientCount = f.Ingredients.Count,
                Portion = f.Portions.OrderBy(p => p.Sequence).Select(p => new { p.Description, p.Grams }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return foods
            .Select(f => new MyFoodSummary(
                f.Id, f.Name, f.FoodGroup, f.RecipeServings is not null, f.RecipeServings, f.Portion?.Description, f.Portion?.Grams,
                f.FiberG, f.PlantSpecies, f.IngredientCount, FromLibrary: f.LibrarySourceKey != null))
            .OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(f => f.Id)
            .ToList();
    }

    public async Task<CustomFoodRequest> GetCustomFoodAsync(int foodId, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId && f.OwnerId == userId && f.RecipeServings == null, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        var request = new CustomFoodRequest
        {
            Name = food.Name,
            FoodGroup = food.FoodGroup,
            NovaGroup = food.NovaGroup,
            EnergyKcal = food.EnergyKcal,
            FiberG = food.FiberG,
            TotalSugarsG = food.TotalSugarsG,
            AddedSugarsG = food.AddedSugarsG,
            WaterG = food.WaterG,
            CaffeineMg = food.CaffeineMg,
            PlantSpecies = [.. food.PlantSpecies],
            Colours = food.Colours,
            IsFermented = food.IsFermented,
            HasLiveCultures = food.HasLiveCultures,
            IsPrebioticRich = food.IsPrebioticRich,
            IsBeverage = food.IsBeverage,
            ServingGrams = food.ServingGrams,
            Portions = food.Portions.OrderBy(p => p.Sequence).Select(p => new PortionRequest { Description = p.Description, Grams = p.Grams }).ToList(),
        };
        foreach (var prenatal in CustomFoodNutrient.Prenatal)
        {
            prenatal.Set(request, prenatal.Nutrient.Get(food));
        }

        return request;
    }

    public async Task<int> CreateCustomFoodAsync(CustomFoodRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await foodValidator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureNameIsNewAsync(db, userId, null, request.Name, cancellationToken);

        var food = NewFood(userId, request.Name, request.FoodGroup);
        ApplyCustomFood(request, food);
        db.Foods.Add(food);
        await db.SaveChangesAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
        return food.Id;
    }

    public async Task UpdateCustomFoodAsync(int foodId, CustomFoodRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var food = await db.Foods.Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == foodId && f.OwnerId == userId && f.RecipeServings == null, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        await foodValidator.ValidateAndThrowAsync(request, cancellationToken);
        await EnsureNameIsNewAsync(db, userId, foodId, request.Name, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.FoodPortions.RemoveRange(food.Portions);
        ApplyCustomFood(request, food);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshRecipesUsingAsync(db, userId, foodId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
    }

    public async Task<RecipeRequest> GetRecipeAsync(int recipeId, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recipe = await db.Foods.AsNoTracking().Include(f => f.Ingredients)
            .SingleOrDefaultAsync(f => f.Id == recipeId && f.OwnerId == userId && f.RecipeServings != null, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        return new RecipeRequest
        {
            Name = recipe.Name,
            Servings = recipe.RecipeServings ?? 1,
            Ingredients = recipe.Ingredients.OrderBy(i => i.Id).Select(i => new IngredientRequest { FoodId = i.FoodId, Grams = i.Grams }).ToList(),
        };
    }

    public async Task<int> CreateRecipeAsync(RecipeRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await recipeValidator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureNameIsNewAsync(db, userId, null, request.Name, cancellationToken);

        var recipe = NewFood(userId, request.Name, MyFoodChoices.RecipeGroup);
        await ApplyRecipeAsync(db, userId, request, recipe, cancellationToken);
        db.Foods.Add(recipe);
        await db.SaveChangesAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
        return recipe.Id;
    }

    public async Task UpdateRecipeAsync(int recipeId, RecipeRequest request, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recipe = await db.Foods.Include(f => f.Ingredients).Include(f => f.Portions)
            .SingleOrDefaultAsync(f => f.Id == recipeId && f.OwnerId == userId && f.RecipeServings != null, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        await recipeValidator.ValidateAndThrowAsync(request, cancellationToken);
        await EnsureNameIsNewAsync(db, userId, recipeId, request.Name, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RecipeIngredients.RemoveRange(recipe.Ingredients);
        await ApplyRecipeAsync(db, userId, request, recipe, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshRecipesUsingAsync(db, userId, recipeId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
    }

    /// <summary>Deletes one of her foods or recipes, unless her log or another of her recipes still uses it.</summary>
    public async Task DeleteAsync(int foodId, CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Foods.AnyAsync(f => f.Id == foodId && f.OwnerId == userId, cancellationToken))
        {
            throw new NotFoundException(NotFoundMessage);
        }

        var loggedDays = await db.MealEntries.Where(e => e.FoodId == foodId && e.UserId == userId).Select(e => e.Date).Distinct().CountAsync(cancellationToken);
        if (loggedDays > 0)
        {
            throw Invalid("FoodId", $"You logged this food on {loggedDays} {(loggedDays == 1 ? "day" : "days")}; remove those entries first.");
        }

        var usedIn = await (
                from ingredient in db.RecipeIngredients
                join recipe in db.Foods on ingredient.RecipeId equals recipe.Id
                where ingredient.FoodId == foodId && recipe.OwnerId == userId
                select recipe.Name)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (usedIn.Count > 0)
        {
            var names = string.Join(", ", usedIn.Order(StringComparer.CurrentCultureIgnoreCase));
            throw Invalid("FoodId", usedIn.Count == 1
                ? $"This food is an ingredient of your recipe {names}; remove it from that recipe first."
                : $"This food is an ingredient of {usedIn.Count} of your recipes ({names}); remove it from them first.");
        }

        // Portions, ingredients and favourites go with it (cascade); her history is never touched (checked above).
        var deleted = await db.Foods.Where(f => f.Id == foodId && f.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException(NotFoundMessage);
        }

        await catalogVersion.ChangedAsync(cancellationToken);
    }

    /// <summary>Foods she may use as ingredients (the shared catalog and her own), in the order asked; others are left out.</summary>
    public async Task<IReadOnlyList<IngredientFood>> GetIngredientFoodsAsync(IEnumerable<int> foodIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(foodIds);
        var userId = await OwnerAsync();
        var ids = foodIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = await db.Foods.AsNoTracking().Include(f => f.Portions)
            .Where(new FoodViewer(userId).CanSee)
            .Where(f => ids.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        return ids.Where(foods.ContainsKey).Select(id => ToIngredientFood(foods[id])).ToList();
    }

    /// <summary>The plant species the catalog (and she) already use, each with the foods that carry it (plainest first).</summary>
    public async Task<IReadOnlyList<SpeciesOption>> GetKnownSpeciesAsync(CancellationToken cancellationToken = default)
    {
        var userId = await OwnerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var foods = await db.Foods.AsNoTracking()
            .Where(new FoodViewer(userId).CanSee)
            .Where(f => f.RecipeServings == null)
            .Select(f => new { f.Name, f.PlantSpecies })
            .ToListAsync(cancellationToken);
        return foods
            .SelectMany(f => f.PlantSpecies.Select(key => (Key: key, f.Name)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new SpeciesOption(g.Key, plantNames.For(g.Key), g.Select(x => x.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>Mothers keep their own foods; nutritionists keep a library. Admins curate the shared catalog instead.</summary>
    private Task<string> OwnerAsync() => currentUser.RequireAnyAsync(Roles.Mother, Roles.Nutritionist);

    private static Food NewFood(string userId, string name, string foodGroup) => new()
    {
        Key = $"{KeyPrefix}{Guid.NewGuid():N}",
        Name = name.Trim(),
        FoodGroup = foodGroup,
        OwnerId = userId,
    };

    private static IngredientFood ToIngredientFood(Food food)
    {
        var portion = food.Portions.OrderBy(p => p.Sequence).FirstOrDefault();
        return new IngredientFood(food.Id, food.Name, food.FoodGroup, food.FiberG, food.PlantSpecies, portion?.Grams ?? 100, portion?.Description);
    }

    private static void ApplyCustomFood(CustomFoodRequest request, Food food)
    {
        var species = request.PlantSpecies.Distinct(StringComparer.Ordinal).ToList();
        food.Name = request.Name.Trim();
        food.FoodGroup = request.FoodGroup;
        food.NovaGroup = request.NovaGroup;
        food.EnergyKcal = request.EnergyKcal;
        food.FiberG = request.FiberG;
        food.TotalSugarsG = request.TotalSugarsG;
        food.AddedSugarsG = request.AddedSugarsG;
        food.AddedSugarsEstimated = false;
        food.WaterG = request.WaterG;
        food.CaffeineMg = request.CaffeineMg;
        foreach (var prenatal in CustomFoodNutrient.Prenatal)
        {
            prenatal.Nutrient.Set(food, prenatal.Get(request));
        }

        food.PlantSpecies = species;
        food.PlantPoints = species.Count == 0 ? 0 : request.FoodGroup == MyFoodChoices.HerbsAndSpices ? MyFoodChoices.HerbOrSpicePoints : 1;
        food.Colours = request.Colours;
        food.HasLiveCultures = request.HasLiveCultures;
        food.IsFermented = request.IsFermented || request.HasLiveCultures;
        food.IsPrebioticRich = request.IsPrebioticRich;
        food.IsBeverage = request.IsBeverage;
        food.ServingGrams = request.ServingGrams;
        food.Portions = request.Portions
            .Select((p, i) => new FoodPortion { Sequence = i + 1, Description = p.Description.Trim(), Grams = p.Grams })
            .ToList();
        food.Version = Guid.NewGuid();
    }

    private static async Task ApplyRecipeAsync(AppDbContext db, string userId, RecipeRequest request, Food recipe, CancellationToken cancellationToken)
    {
        var ids = request.Ingredients.Select(i => i.FoodId).Distinct().ToList();
        var foods = await db.Foods
            .Where(new FoodViewer(userId).CanSee)
            .Where(f => ids.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        for (var i = 0; i < request.Ingredients.Count; i++)
        {
            if (!foods.ContainsKey(request.Ingredients[i].FoodId))
            {
                throw Invalid($"{nameof(RecipeRequest.Ingredients)}[{i}].{nameof(IngredientRequest.FoodId)}", "Ingredient: that food is not in the catalog.");
            }
        }

        if (recipe.Id != 0)
        {
            var containing = await RecipesContainingAsync(db, userId, recipe.Id, cancellationToken);
            if (ids.Any(id => id == recipe.Id || containing.Contains(id)))
            {
                throw Invalid(nameof(RecipeRequest.Ingredients), "Ingredients: a recipe cannot contain itself, not even through another recipe.");
            }
        }

        recipe.Name = request.Name.Trim();
        recipe.FoodGroup = MyFoodChoices.RecipeGroup;
        recipe.RecipeServings = request.Servings;
        recipe.Ingredients = request.Ingredients
            .Select(i => new RecipeIngredient { FoodId = i.FoodId, Food = foods[i.FoodId], Grams = i.Grams })
            .ToList();
        ApplyDerivedValues(recipe);
    }

    /// <summary>What a recipe row shows in the catalog (<see cref="RecipeRollUp"/>) and its one serving portion.</summary>
    private static void ApplyDerivedValues(Food recipe)
    {
        RecipeRollUp.Apply(recipe);
        var totalGrams = recipe.Ingredients.Where(i => i.Food is not null).Sum(i => i.Grams);
        var serving = recipe.Portions.OrderBy(p => p.Sequence).FirstOrDefault();
        if (serving is null)
        {
            serving = new FoodPortion { Sequence = 1, Description = ServingPortion };
            recipe.Portions.Add(serving);
        }

        serving.Description = ServingPortion;
        serving.Grams = totalGrams / Math.Max(1, recipe.RecipeServings ?? 1);
        recipe.Version = Guid.NewGuid();
    }

    /// <summary>After a food changes, her recipes that contain it (directly or through another recipe) show fresh values.</summary>
    private static async Task RefreshRecipesUsingAsync(AppDbContext db, string userId, int changedFoodId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var recipes = await db.Foods
            .Where(f => f.OwnerId == userId && f.RecipeServings != null)
            .Include(f => f.Ingredients).ThenInclude(i => i.Food)
            .Include(f => f.Portions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var affected = Dependents(recipes.SelectMany(r => r.Ingredients.Select(i => (r.Id, i.FoodId))), changedFoodId);
        if (affected.Count == 0)
        {
            return;
        }

        // Nesting is at most as deep as the number of affected recipes; recomputing them that often settles every level.
        var toRefresh = recipes.Where(r => affected.Contains(r.Id)).ToList();
        for (var pass = 0; pass < toRefresh.Count; pass++)
        {
            toRefresh.ForEach(ApplyDerivedValues);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<HashSet<int>> RecipesContainingAsync(AppDbContext db, string userId, int foodId, CancellationToken cancellationToken)
    {
        var edges = await (
                from ingredient in db.RecipeIngredients
                join recipe in db.Foods on ingredient.RecipeId equals recipe.Id
                where recipe.OwnerId == userId
                select new { ingredient.RecipeId, ingredient.FoodId })
            .ToListAsync(cancellationToken);
        return Dependents(edges.Select(e => (e.RecipeId, e.FoodId)), foodId);
    }

    /// <summary>The recipes that contain <paramref name="foodId"/>, directly or through other recipes.</summary>
    private static HashSet<int> Dependents(IEnumerable<(int RecipeId, int FoodId)> edges, int foodId)
    {
        var containedIn = edges.ToLookup(e => e.FoodId, e => e.RecipeId);
        var found = new HashSet<int>();
        var pending = new Queue<int>([foodId]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var recipeId in containedIn[current])
            {
                if (found.Add(recipeId))
                {
                    pending.Enqueue(recipeId);
                }
            }
        }

        return found;
    }

    private static async Task EnsureNameIsNewAsync(AppDbContext db, string userId, int? foodId, string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        var names = await db.Foods.Where(f => f.OwnerId == userId && f.Id != foodId).Select(f => f.Name).ToListAsync(cancellationToken);
        if (names.Contains(trimmed, StringComparer.CurrentCultureIgnoreCase))
        {
            throw Invalid(nameof(CustomFoodRequest.Name), $"Name: you already have a food or recipe called \"{trimmed}\".");
        }
    }

    /// <summary>A rule that needs the database fails like a validator rule, naming its field.</summary>
    private static ValidationException Invalid(string property, string message) =>
        new([new FluentValidation.Results.ValidationFailure(property, message)]);
}
