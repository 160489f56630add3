using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class StartupAndSeedTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task Start_up_applies_every_migration_and_loads_every_seeded_food_and_reference()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var seededFoods = File.ReadLines(Path.Combine(SeedDirectory, SeedLoader.FoodsFile)).Count() - 1;
        Assert.True(seededFoods >= 150, $"the starter catalog has {seededFoods} foods");
        Assert.Equal(seededFoods, await db.Foods.CountAsync());
        Assert.Equal(File.ReadLines(Path.Combine(SeedDirectory, SeedLoader.PortionsFile)).Count() - 1, await db.FoodPortions.CountAsync());

        var keys = await db.References.Select(r => r.Key).ToListAsync();
        Assert.Equal(ReferenceKeys.All.Order(), keys.Order());
    }

    [Fact]
    public async Task Every_reference_that_a_rule_cites_is_seeded_with_its_evidence_status()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var references = await db.References.ToDictionaryAsync(r => r.Key);

        Assert.Equal(EvidenceStatus.Unverified, references[ReferenceKeys.Ward2025].Status);
        Assert.Equal(EvidenceStatus.CitationCorrected, references[ReferenceKeys.Alemu2023].Status);
        Assert.Equal("10.1016/j.ajogmf.2023.101148", references[ReferenceKeys.Alemu2023].Doi);
        Assert.Contains("10.1016/j.xagr.2023.100295", references[ReferenceKeys.Alemu2023].ArticleCitation, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.CitationCorrected, references[ReferenceKeys.Binda2025].Status);
        Assert.All(references.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.Finding)));
    }

    [Fact]
    public async Task A_second_seed_run_changes_nothing()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var report = await new SeedLoader(db).LoadAsync(SeedDirectory);

        Assert.False(report.ChangedAnything, report.ToString());
    }

    [Fact]
    public async Task A_changed_seed_row_updates_the_food_but_never_a_food_an_admin_edited()
    {
        // Its own database: this test changes seeded rows that the other tests read.
        await using var factory = new SqliteWebAppFactory();
        _ = factory.Server;
        var changedSeeds = Path.Combine(factory.DataDirectory, "changed-seeds");
        Directory.CreateDirectory(changedSeeds);
        foreach (var file in Directory.GetFiles(SeedDirectory))
        {
            File.Copy(file, Path.Combine(changedSeeds, Path.GetFileName(file)), overwrite: true);
        }

        var foodsPath = Path.Combine(changedSeeds, SeedLoader.FoodsFile);
        var text = await File.ReadAllTextAsync(foodsPath);
        text = text.Replace("\"Banana, raw\"", "\"Banana, raw (renamed by seed)\"", StringComparison.Ordinal)
            .Replace("\"Lentils, cooked\"", "\"Lentils, cooked (renamed by seed)\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(foodsPath, text);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var lentils = await db.Foods.SingleAsync(f => f.Key == "usda-16070");
            lentils.Name = "Lentils (admin's wording)";
            lentils.EditedLocally = true;
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var report = await new SeedLoader(db).LoadAsync(changedSeeds);

            Assert.Equal(1, report.FoodsUpdated);
            Assert.Equal(1, report.FoodsKeptEdited);
            Assert.Equal("Banana, raw (renamed by seed)", (await db.Foods.SingleAsync(f => f.Key == "usda-09040")).Name);
            Assert.Equal("Lentils (admin's wording)", (await db.Foods.SingleAsync(f => f.Key == "usda-16070")).Name);
        }
    }

    [Fact]
    public async Task A_bad_seed_row_is_reported_by_file_line_and_column_and_nothing_is_written()
    {
        _ = factory.Server;
        var badSeeds = Path.Combine(factory.DataDirectory, "bad-seeds");
        Directory.CreateDirectory(badSeeds);
        foreach (var file in Directory.GetFiles(SeedDirectory))
        {
            File.Copy(file, Path.Combine(badSeeds, Path.GetFileName(file)), overwrite: true);
        }

        var lines = (await File.ReadAllLinesAsync(Path.Combine(badSeeds, SeedLoader.FoodsFile))).ToList();
        lines.Add(lines[1].Replace("usda-", "usda-new-", StringComparison.Ordinal));
        lines.Add("mm-broken,Broken food,,Vegetables and Vegetable Products,,10,1,1,1,1,0,false,90,,,,Not A Species,1,,false,false,false,false,1,,,,");
        await File.WriteAllLinesAsync(Path.Combine(badSeeds, SeedLoader.FoodsFile), lines);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.Foods.CountAsync();

        var error = await Assert.ThrowsAsync<SeedException>(() => new SeedLoader(db).LoadAsync(badSeeds));

        Assert.Contains($"foods.csv line {lines.Count}", error.Message, StringComparison.Ordinal);
        Assert.Contains("plant_species", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.Foods.CountAsync());
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database_healthy()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
