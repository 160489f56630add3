using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The real seeds: seeds/usda-prenatal-nutrients.csv joined into the catalog by key, unknown kept unknown.</summary>
public sealed class PrenatalNutrientSeedTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task Beef_liver_carries_USDA_folate_and_B12_and_its_iodine_stays_unknown()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var liver = await db.Foods.AsNoTracking().SingleAsync(f => f.Key == "usda-13325");

        Assert.Equal(290, liver.FolateDfeUg);
        Assert.Equal(59.30, liver.VitaminB12Ug);
        Assert.Equal(4.90, liver.IronMg);
        Assert.Equal(333.3, liver.CholineMg);
        Assert.Equal(1.2, liver.VitaminDUg);
        Assert.Equal(5, liver.CalciumMg);
        Assert.Null(liver.IodineUg);
        var values = liver.PrenatalValues;
        Assert.Equal(0, values.DhaEpaMg);
        Assert.Equal(liver.ProteinG, values.ProteinG);
        Assert.Null(values.IodineUg);
    }

    [Fact]
    public async Task Empty_cells_stay_unknown_and_zeros_stay_zero()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var foods = await db.Foods.AsNoTracking()
            .Where(f => f.Key == "usda-15076" || f.Key == "usda-04133" || f.Key == "usda-01001")
            .ToDictionaryAsync(f => f.Key);

        var salmon = foods["usda-15076"];
        Assert.Null(salmon.CholineMg);
        Assert.Null(salmon.VitaminDUg);
        Assert.Equal(1436, salmon.PrenatalValues.DhaEpaMg!.Value, 6);

        // DHA 0.000 g with no EPA value: the sum is unknown, not the DHA half.
        var oil = foods["usda-04133"];
        Assert.Equal(0, oil.DhaG);
        Assert.Null(oil.EpaG);
        Assert.Null(oil.PrenatalValues.DhaEpaMg);

        var butter = foods["usda-01001"];
        Assert.Equal(0, butter.VitaminDUg);
        Assert.Equal(0, butter.PrenatalValues.DhaEpaMg);
    }

    [Fact]
    public async Task A_curated_food_has_every_prenatal_nutrient_unknown()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var curated = await db.Foods.AsNoTracking().Where(f => f.Key.StartsWith("mm-") && f.OwnerId == null).ToListAsync();

        Assert.NotEmpty(curated);
        Assert.All(curated, food => Assert.Equal(Domain.Nutrients.PrenatalNutrientValues.Unknown with { ProteinG = food.ProteinG }, food.PrenatalValues));
        Assert.Equal(0, await db.Foods.CountAsync(f => f.IodineUg != null));
    }

    [Fact]
    public async Task A_database_seeded_before_the_extract_gets_the_values_on_the_next_start_but_an_edited_food_keeps_its_own()
    {
        // Its own database: this test rewinds seeded rows that the other tests read.
        await using var own = new SqliteWebAppFactory();
        _ = own.Server;
        await using (var scope = own.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            // As a database seeded before the prenatal columns existed: no values, and the hash of the old rows.
            await db.Foods.Where(f => f.Key == "usda-13325" || f.Key == "usda-15076").ExecuteUpdateAsync(s => s
                .SetProperty(f => f.FolateDfeUg, (double?)null)
                .SetProperty(f => f.VitaminB12Ug, (double?)null)
                .SetProperty(f => f.SeedHash, "before-the-extract"));
            await db.Foods.Where(f => f.Key == "usda-15076").ExecuteUpdateAsync(s => s.SetProperty(f => f.EditedLocally, true));
        }

        await using (var scope = own.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var report = await new SeedLoader(db).LoadAsync(SeedDirectory);

            Assert.Equal(1, report.FoodsUpdated);
            var liver = await db.Foods.AsNoTracking().SingleAsync(f => f.Key == "usda-13325");
            Assert.Equal((290, 59.30), (liver.FolateDfeUg, liver.VitaminB12Ug));
            var salmon = await db.Foods.AsNoTracking().SingleAsync(f => f.Key == "usda-15076");
            Assert.Null(salmon.FolateDfeUg);
        }
    }

    [Fact]
    public async Task A_broken_extract_cell_is_reported_by_file_line_and_column_and_nothing_is_written()
    {
        _ = factory.Server;
        var badSeeds = Path.Combine(factory.DataDirectory, "bad-prenatal-seeds");
        Directory.CreateDirectory(badSeeds);
        foreach (var file in Directory.GetFiles(SeedDirectory))
        {
            File.Copy(file, Path.Combine(badSeeds, Path.GetFileName(file)), overwrite: true);
        }

        var path = Path.Combine(badSeeds, SeedLoader.PrenatalNutrientsFile);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();
        lines[2] = lines[2].Replace(",0.05,", ",lots,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var error = await Assert.ThrowsAsync<SeedException>(() => new SeedLoader(db).LoadAsync(badSeeds));

        Assert.Equal("usda-prenatal-nutrients.csv line 3: column iron_mg: 'lots' is not an amount.", error.Message);
    }
}
