using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Features.MyFoods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

/// <summary>Requests the tests send, and the seeded foods they use by key (see seeds/foods.csv).</summary>
public static class MyFoodsSamples
{
    public const string LentilsKey = "usda-16070";
    public const string OnionKey = "usda-11282";
    public const string GarlicKey = "usda-11215";

    public static CustomFoodRequest Sourdough() => new()
    {
        Name = "Grandma's rye sourdough",
        FoodGroup = "Baked Products",
        EnergyKcal = 230,
        FiberG = 6.5,
        TotalSugarsG = 2,
        AddedSugarsG = 0.5,
        PlantSpecies = ["secale-cereale"],
        Colours = PlantColours.WhiteTan,
        IsFermented = true,
        Portions = [new PortionRequest { Description = "1 slice", Grams = 45 }],
    };

    public static RecipeRequest Recipe(string name, int servings, params (int FoodId, double Grams)[] ingredients) => new()
    {
        Name = name,
        Servings = servings,
        Ingredients = ingredients.Select(i => new IngredientRequest { FoodId = i.FoodId, Grams = i.Grams }).ToList(),
    };

    /// <summary>A seeded or private food as stored, read past every service (for checking what was saved).</summary>
    public static async Task<Food> StoredFoodAsync(IServiceProvider services, int foodId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Foods.AsNoTracking().Include(f => f.Portions).Include(f => f.Ingredients).SingleAsync(f => f.Id == foodId);
    }

    public static async Task<int> SeededFoodIdAsync(IServiceProvider services, string key)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Foods.Where(f => f.Key == key).Select(f => f.Id).SingleAsync();
    }
}
