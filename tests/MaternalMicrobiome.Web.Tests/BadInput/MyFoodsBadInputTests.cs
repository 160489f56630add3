using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Her custom foods and recipes, through <see cref="MyFoodsService"/>.</summary>
public sealed class MyFoodsBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<Action<CustomFoodRequest>> CustomFoods { get; } = new()
    {
        { "name empty", r => r.Name = string.Empty, "Name" },
        { "name only spaces", r => r.Name = "   \t ", "Name" },
        { "name only zero-width characters", r => r.Name = BadText.ZeroWidthOnly, "Name" },
        { "name 201 characters", r => r.Name = BadText.Repeated(201), "Name" },
        { "name 1,000,000 characters", r => r.Name = BadText.Repeated(1_000_000), "Name" },
        { "name 101 emoji", r => r.Name = BadText.EmojiRun(101), "Name" },
        { "name with NUL", r => r.Name = BadText.Nul, "Name" },
        { "name with an escape sequence", r => r.Name = BadText.Escape, "Name" },
        { "name with a lone surrogate", r => r.Name = BadText.LoneSurrogate, "Name" },
        { "food group not in the list", r => r.FoodGroup = "Snacks from space", "FoodGroup" },
        { "food group is script", r => r.FoodGroup = BadText.Script, "FoodGroup" },
        { "food group is SQL", r => r.FoodGroup = BadText.Sql, "FoodGroup" },
        { "NOVA zero", r => r.NovaGroup = 0, "NovaGroup" },
        { "NOVA five", r => r.NovaGroup = 5, "NovaGroup" },
        { "energy negative", r => r.EnergyKcal = -1, "EnergyKcal" },
        { "energy NaN", r => r.EnergyKcal = double.NaN, "EnergyKcal" },
        { "energy +infinity", r => r.EnergyKcal = double.PositiveInfinity, "EnergyKcal" },
        { "energy 901 kcal", r => r.EnergyKcal = 901, "EnergyKcal" },
        { "fiber 101 g", r => r.FiberG = 101, "FiberG" },
        { "water -infinity", r => r.WaterG = double.NegativeInfinity, "WaterG" },
        { "caffeine double.MaxValue", r => r.CaffeineMg = double.MaxValue, "CaffeineMg" },
        { "folate negative", r => r.FolateDfeUg = -1, "FolateDfeUg" },
        { "folate 10,001 µg", r => r.FolateDfeUg = 10_001, "FolateDfeUg" },
        { "iron NaN", r => r.IronMg = double.NaN, "IronMg" },
        { "choline -infinity", r => r.CholineMg = double.NegativeInfinity, "CholineMg" },
        { "DHA 101 g", r => r.DhaG = 101, "DhaG" },
        { "EPA negative", r => r.EpaG = -0.001, "EpaG" },
        { "vitamin D double.MaxValue", r => r.VitaminDUg = double.MaxValue, "VitaminDUg" },
        { "vitamin B12 +infinity", r => r.VitaminB12Ug = double.PositiveInfinity, "VitaminB12Ug" },
        { "calcium 40,001 mg", r => r.CalciumMg = 40_001, "CalciumMg" },
        { "iodine above 1,000,000 µg", r => r.IodineUg = 1_000_001, "IodineUg" },
        { "iodine negative", r => r.IodineUg = -5, "IodineUg" },
        { "added sugars above total", r => (r.TotalSugarsG, r.AddedSugarsG) = (2, 5), "AddedSugarsG" },
        { "species not a key", r => r.PlantSpecies = ["Allium Cepa"], "PlantSpecies" },
        { "species is script", r => r.PlantSpecies = [BadText.Script], "PlantSpecies" },
        { "species is SQL", r => r.PlantSpecies = [BadText.Sql], "PlantSpecies" },
        { "species missing in the list", r => r.PlantSpecies = [null!], "PlantSpecies" },
        { "31 species", r => r.PlantSpecies = Enumerable.Range(0, 31).Select(i => $"species-{(char)('a' + (i % 26))}{i / 26}").ToList(), "PlantSpecies" },
        { "colours unknown", r => r.Colours = (PlantColours)int.MaxValue, "Colours" },
        { "live cultures but not fermented", r => (r.HasLiveCultures, r.IsFermented, r.ServingGrams) = (true, false, 100), "IsFermented" },
        { "serving NaN", r => r.ServingGrams = double.NaN, "ServingGrams" },
        { "serving zero", r => r.ServingGrams = 0, "ServingGrams" },
        { "serving negative", r => r.ServingGrams = -30, "ServingGrams" },
        { "serving 5001 g", r => r.ServingGrams = 5001, "ServingGrams" },
        { "no portions", r => r.Portions = [], "Portions" },
        { "21 portions", r => r.Portions = Enumerable.Range(1, 21).Select(i => new PortionRequest { Description = $"{i} slices", Grams = 45 * i }).ToList(), "Portions" },
        { "portions repeated", r => r.Portions = [new() { Description = "1 slice", Grams = 45 }, new() { Description = " 1 SLICE", Grams = 50 }], "Portions" },
        { "portion missing in the list", r => r.Portions = [null!], "Portions" },
        { "portion description empty", r => r.Portions = [new() { Description = string.Empty, Grams = 45 }], "Portions" },
        { "portion description 201 characters", r => r.Portions = [new() { Description = BadText.Repeated(201), Grams = 45 }], "Portions" },
        { "portion description with NUL", r => r.Portions = [new() { Description = "1\0slice", Grams = 45 }], "Portions" },
        { "portion grams zero", r => r.Portions = [new() { Description = "1 slice", Grams = 0 }], "Portions" },
        { "portion grams NaN", r => r.Portions = [new() { Description = "1 slice", Grams = double.NaN }], "Portions" },
        { "portion grams +infinity", r => r.Portions = [new() { Description = "1 slice", Grams = double.PositiveInfinity }], "Portions" },
        { "portion grams negative", r => r.Portions = [new() { Description = "1 slice", Grams = -45 }], "Portions" },
        { "portion grams 5001", r => r.Portions = [new() { Description = "1 slice", Grams = 5001 }], "Portions" },
    };

    public static TheoryData<string> CustomFoodCases => CustomFoods.Names;

    public static BadInputTable<Action<RecipeRequest>> Recipes { get; } = new()
    {
        { "recipe name empty", r => r.Name = string.Empty, "Name" },
        { "recipe name zero-width only", r => r.Name = BadText.ZeroWidthOnly, "Name" },
        { "recipe name 201 characters", r => r.Name = BadText.Repeated(201), "Name" },
        { "recipe name with NUL", r => r.Name = BadText.Nul, "Name" },
        { "servings zero", r => r.Servings = 0, "Servings" },
        { "servings negative", r => r.Servings = -2, "Servings" },
        { "servings 51", r => r.Servings = 51, "Servings" },
        { "servings int.MaxValue", r => r.Servings = int.MaxValue, "Servings" },
        { "no ingredients", r => r.Ingredients = [], "Ingredients" },
        { "51 ingredients", r => r.Ingredients = Enumerable.Repeat(r.Ingredients[0], 51).ToList(), "Ingredients" },
        { "ingredient missing in the list", r => r.Ingredients = [null!], "Ingredients" },
        { "ingredient food zero", r => r.Ingredients[0].FoodId = 0, "Ingredients" },
        { "ingredient food not in the catalog", r => r.Ingredients[0].FoodId = int.MaxValue, "Ingredients" },
        { "ingredient grams zero", r => r.Ingredients[0].Grams = 0, "Ingredients" },
        { "ingredient grams NaN", r => r.Ingredients[0].Grams = double.NaN, "Ingredients" },
        { "ingredient grams -infinity", r => r.Ingredients[0].Grams = double.NegativeInfinity, "Ingredients" },
        { "ingredient grams 0.05", r => r.Ingredients[0].Grams = 0.05, "Ingredients" },
        { "ingredient grams 5001", r => r.Ingredients[0].Grams = 5001, "Ingredients" },
    };

    public static TheoryData<string> RecipeCases => Recipes.Names;

    [Theory]
    [MemberData(nameof(CustomFoodCases))]
    public async Task A_bad_custom_food_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = CustomFoods[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var request = TestFoods.Sourdough();
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MyFoodsService>(factory, mother, foods => foods.CreateCustomFoodAsync(request)));
    }

    [Theory]
    [InlineData("name with NUL")]
    [InlineData("energy NaN")]
    [InlineData("iodine negative")]
    [InlineData("portion grams +infinity")]
    public async Task A_bad_change_to_a_custom_food_leaves_it_as_it_was(string name)
    {
        var bad = CustomFoods[name];
        var mother = await BadInputSession.MotherAsync(factory, "changes");
        var foodId = await BadInputSession.AsAsync<MyFoodsService, int>(factory, mother,
            foods => foods.CreateCustomFoodAsync(Renamed(TestFoods.Sourdough(), $"Sourdough {Guid.NewGuid():N}")));
        var request = TestFoods.Sourdough();
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MyFoodsService>(factory, mother, foods => foods.UpdateCustomFoodAsync(foodId, request)),
            db => FoodFingerprintAsync(db, foodId));
    }

    [Theory]
    [MemberData(nameof(RecipeCases))]
    public async Task A_bad_recipe_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = Recipes[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var lentils = await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey);
        var request = TestFoods.Recipe("Lentil soup", 2, (lentils, 300));
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MyFoodsService>(factory, mother, foods => foods.CreateRecipeAsync(request)));
    }

    [Fact]
    public async Task A_recipe_changed_to_contain_itself_is_refused_and_left_as_it_was()
    {
        var mother = await BadInputSession.MotherAsync(factory, "changes");
        var lentils = await Given.FoodIdAsync(factory.Services, TestFoods.LentilsKey);
        var recipeId = await BadInputSession.AsAsync<MyFoodsService, int>(factory, mother,
            foods => foods.CreateRecipeAsync(TestFoods.Recipe($"Soup {Guid.NewGuid():N}", 2, (lentils, 300))));

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, "Ingredients",
            () => BadInputSession.AsAsync<MyFoodsService>(factory, mother,
                foods => foods.UpdateRecipeAsync(recipeId, TestFoods.Recipe("Soup of soup", 2, (lentils, 300), (recipeId, 100)))),
            db => FoodFingerprintAsync(db, recipeId));
    }

    private static CustomFoodRequest Renamed(CustomFoodRequest request, string name)
    {
        request.Name = name;
        return request;
    }

    private static async Task<string> FoodFingerprintAsync(AppDbContext db, int foodId)
    {
        var f = await db.Foods.AsNoTracking().Include(x => x.Portions).Include(x => x.Ingredients).SingleAsync(x => x.Id == foodId);
        return $"{f.Name}|{f.FoodGroup}|{f.EnergyKcal}|{f.IodineUg}|{f.RecipeServings}|{string.Join(',', f.Portions.OrderBy(p => p.Description).Select(p => $"{p.Description}={p.Grams}"))}|{string.Join(',', f.Ingredients.OrderBy(i => i.FoodId).Select(i => $"{i.FoodId}={i.Grams}"))}";
    }
}
