using System.Globalization;
using System.Text;
using CsvHelper;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>Foods, CSV files and direct database reads for the admin tests.</summary>
public static class AdminTestFoods
{
    public static string NewKey() => $"mm-test-{Guid.NewGuid():N}";

    /// <summary>A valid food the editor could save: sauerkraut-like, with one portion.</summary>
    public static FoodEditRequest NewFood(string? key = null) => new()
    {
        Key = key ?? NewKey(),
        Name = "Test sauerkraut",
        Synonyms = "fermented cabbage; kraut",
        FoodGroup = "Vegetables and Vegetable Products",
        [FoodNutrients.Energy] = 19,
        [FoodNutrients.Protein] = 0.9,
        [FoodNutrients.Carbohydrate] = 4.3,
        [FoodNutrients.Fiber] = 2.9,
        [FoodNutrients.TotalSugars] = 1.8,
        [FoodNutrients.AddedSugars] = 0,
        [FoodNutrients.Water] = 92,
        ServingGrams = 30,
        PlantSpecies = "brassica-oleracea",
        PlantPoints = 1,
        IsFermented = true,
        HasLiveCultures = true,
        NovaGroup = 1,
        Portions = [new PortionEdit { Description = "1 cup", Grams = 142 }],
    };

    public static FoodSeedRow Row(string key, string name = "Imported kefir", double? fiber = 0) => new()
    {
        Key = key,
        Name = name,
        FoodGroup = "Dairy and Egg Products",
        EnergyKcal = 41,
        ProteinG = 3.8,
        CarbohydrateG = 4.5,
        FiberG = fiber,
        TotalSugarsG = 4.5,
        AddedSugarsG = 0,
        WaterG = 90,
        ServingG = 243,
        PlantPoints = 0,
        Fermented = true,
        LiveCultures = true,
        Beverage = true,
        Nova = 1,
        Allergens = "milk",
        DietTags = "vegetarian",
    };

    /// <summary>A CSV file in the admin export's layout: the seed columns, then <c>portions</c>.</summary>
    public static MemoryStream Csv(params (FoodSeedRow Row, string Portions)[] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.WriteHeader<FoodSeedRow>();
            csv.WriteField("portions");
            csv.NextRecord();
            foreach (var (row, portions) in rows)
            {
                csv.WriteRecord(row);
                csv.WriteField(portions);
                csv.NextRecord();
            }
        }

        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    public static async Task<T> ReadAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public static Task<int> FoodIdAsync(IServiceProvider services, string key) =>
        ReadAsync(services, db => db.Foods.Where(f => f.Key == key).Select(f => f.Id).SingleAsync());
}
