using System.Text;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class FoodCsvTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static string SeedFoods => Path.Combine(AppContext.BaseDirectory, "seeds", SeedLoader.FoodsFile);

    private async Task<(AsyncServiceScope Scope, FoodCsvService Csv)> AdminAsync()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        return (scope, scope.ServiceProvider.GetRequiredService<FoodCsvService>());
    }

    private Task<int> FoodCountAsync() => Given.ReadAsync(factory.Services, db => db.Foods.CountAsync());

    [Fact]
    public async Task A_file_with_one_bad_row_reports_its_line_and_column_and_writes_nothing()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        var before = await FoodCountAsync();
        var auditBefore = await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync());
        using var file = TestFoods.Csv(
            (TestFoods.Row(TestFoods.NewKey()), "1 cup=243"),
            (TestFoods.Row(TestFoods.NewKey(), fiber: -1), "1 cup=243"),
            (TestFoods.Row(TestFoods.NewKey()), string.Empty));

        var result = await csv.ImportAsync(file);

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("line 3, column fiber_g: Fiber must not be negative.", problem.ToString());
        Assert.Equal(before, await FoodCountAsync());
        Assert.Equal(auditBefore, await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Every_problem_of_every_row_is_reported_with_its_line_and_column()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        var repeated = TestFoods.NewKey();
        var header = string.Join(',', FoodCsvService.Columns) + ",portions";
        var good = Line(TestFoods.Row(repeated), "1 cup=243");
        var notANumber = Line(TestFoods.Row(TestFoods.NewKey()), "1 cup=243").Replace(",41,", ",lots,", StringComparison.Ordinal);
        var unknownColour = Line(Colours(TestFoods.Row(TestFoods.NewKey()), "purple"), "1 cup=243");
        var badPortion = Line(TestFoods.Row(TestFoods.NewKey()), "1 cup;2 cups=0");
        var duplicate = Line(TestFoods.Row(repeated), string.Empty);
        var species = Line(Species(TestFoods.Row(TestFoods.NewKey()), "Kefir grains"), string.Empty);

        var result = await csv.ImportAsync(TestFoods.Text(string.Join('\n', header, good, notANumber, unknownColour, badPortion, duplicate, species)));

        var problems = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("line 3, column energy_kcal: 'lots' is not a number (use a dot for decimals).", problems);
        Assert.Contains(problems, p => p.StartsWith("line 4, column colours: unknown code 'purple'", StringComparison.Ordinal));
        Assert.Contains("line 5, column portions: '1 cup' is not a portion such as 1 cup=240 (description, '=', grams).", problems);
        Assert.Contains("line 5, column portions: Portion 1: grams must be more than 0.", problems);
        Assert.Contains($"line 6, column key: the key '{repeated}' appears more than once in the file (first on line 2).", problems);
        Assert.Contains(problems, p => p.StartsWith("line 7, column plant_species: Plant species: 'Kefir grains'", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("line 2,", StringComparison.Ordinal));
        Assert.False(await Given.ReadAsync(factory.Services, db => db.Foods.AnyAsync(f => f.Key == repeated)));
    }

    [Fact]
    public async Task A_file_missing_a_column_is_refused_naming_the_column()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        var header = string.Join(',', FoodCsvService.SeedColumns.Where(c => c != "nova"));

        var result = await csv.ImportAsync(TestFoods.Text(header + "\n"));

        Assert.Equal("line 1, column nova: this column is missing from the header line (see seeds/foods.csv).", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public async Task A_good_file_imports_every_row_creating_and_updating_by_key_with_one_audit_entry_each()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        var before = await FoodCountAsync();
        var first = TestFoods.NewKey();
        var second = TestFoods.NewKey();
        var kefir = TestFoods.Row("usda-01289", "Kefir, re-curated");
        kefir.PlantPoints = 0;

        var check = await csv.ImportAsync(TestFoods.Csv((TestFoods.Row(first), "1 cup=243;1 glass=200"), (TestFoods.Row(second), string.Empty), (kefir, "1 cup=243")), dryRun: true);
        Assert.True(check.Succeeded);
        Assert.Equal((2, 1, false), (check.Created, check.Updated, check.Written));
        Assert.Equal(before, await FoodCountAsync());

        var result = await csv.ImportAsync(TestFoods.Csv((TestFoods.Row(first), "1 cup=243;1 glass=200"), (TestFoods.Row(second), string.Empty), (kefir, "1 cup=243")));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((2, 1, 0, true), (result.Created, result.Updated, result.Unchanged, result.Written));
        Assert.Equal(before + 2, await FoodCountAsync());
        var imported = await Given.ReadAsync(factory.Services, db => db.Foods.Include(f => f.Portions).SingleAsync(f => f.Key == first));
        Assert.True(imported.EditedLocally);
        Assert.Equal(["1 cup", "1 glass"], imported.Portions.OrderBy(p => p.Sequence).Select(p => p.Description));
        var updated = await Given.ReadAsync(factory.Services, db => db.Foods.Include(f => f.Portions).SingleAsync(f => f.Key == "usda-01289"));
        Assert.Equal("Kefir, re-curated", updated.Name);
        Assert.True(updated.EditedLocally);
        Assert.Equal(243, Assert.Single(updated.Portions).Grams);
        var audits = await Given.ReadAsync(factory.Services, db => db.AuditEntries.Where(a => a.Action == "food.import").ToListAsync());
        Assert.Equal(3, audits.Count(a => a.EntityKey == first || a.EntityKey == second || a.EntityKey == "usda-01289"));
        Assert.NotNull(audits.Single(a => a.EntityKey == "usda-01289").Before);
        Assert.Null(audits.Single(a => a.EntityKey == first).Before);
    }

    [Fact]
    public async Task Export_writes_the_seed_header_plus_portions_and_imports_back_unchanged()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        using var export = new MemoryStream();
        await csv.ExportAsync(export);
        var text = Encoding.UTF8.GetString(export.ToArray());
        var shared = await Given.ReadAsync(factory.Services, db => db.Foods.CountAsync(f => f.OwnerId == null));

        Assert.Equal(File.ReadLines(SeedFoods).First() + "," + PrenatalColumns + ",portions", text.Split('\n')[0].TrimEnd('\r'));
        Assert.Contains("\nusda-08120,\"Oats, rolled, dry\",", text, StringComparison.Ordinal);

        var roundTrip = await csv.ImportAsync(TestFoods.Text(text));

        Assert.True(roundTrip.Succeeded, string.Join("\n", roundTrip.Problems.Take(10)));
        Assert.Equal((0, 0, shared), (roundTrip.Created, roundTrip.Updated, roundTrip.Unchanged));
        Assert.Equal(0, await Given.ReadAsync(factory.Services, db => db.Foods.CountAsync(f => f.EditedLocally && f.Key == "usda-08120")));

        var edited = await csv.ImportAsync(TestFoods.Text(text.Replace("\"Oats, rolled, dry\"", "\"Oats, rolled, dry (re-checked)\"", StringComparison.Ordinal)));

        Assert.Equal((0, 1), (edited.Created, edited.Updated));
        var oats = await Given.ReadAsync(factory.Services, db => db.Foods.Include(f => f.Portions).SingleAsync(f => f.Key == "usda-08120"));
        Assert.Equal("Oats, rolled, dry (re-checked)", oats.Name);
        Assert.True(oats.EditedLocally);
        Assert.NotEmpty(oats.Portions);
    }

    [Fact]
    public async Task Prenatal_nutrients_travel_through_export_and_import_and_a_blank_cell_is_unknown()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        using var export = new MemoryStream();
        await csv.ExportAsync(export);
        var liverLine = Encoding.UTF8.GetString(export.ToArray()).Split('\n').Single(l => l.StartsWith("usda-13325,", StringComparison.Ordinal));

        // folate, iron, choline, DHA, EPA, vitamin D, B12, calcium, iodine: as USDA published them, iodine blank.
        Assert.Contains(",290,4.9,333.3,0,0,1.2,59.3,5,,", liverLine, StringComparison.Ordinal);

        var key = TestFoods.NewKey();
        var known = TestFoods.Row(key);
        known.FolateDfeUg = 12;
        known.IodineUg = 35;
        known.DhaG = 0.5;
        var created = await csv.ImportAsync(TestFoods.Csv((known, "1 cup=243")));

        Assert.True(created.Succeeded, string.Join("\n", created.Problems));
        var food = await Given.ReadAsync(factory.Services, db => db.Foods.SingleAsync(f => f.Key == key));
        Assert.Equal((12, 35, 0.5), (food.FolateDfeUg, food.IodineUg, food.DhaG));
        Assert.Null(food.IronMg);
        Assert.Null(food.PrenatalValues.DhaEpaMg);

        var blanked = TestFoods.Row(key);
        blanked.FolateDfeUg = null;
        blanked.IodineUg = 35;
        blanked.DhaG = 0.5;
        var updated = await csv.ImportAsync(TestFoods.Csv((blanked, "1 cup=243")));

        Assert.Equal(1, updated.Updated);
        Assert.Null(await Given.ReadAsync(factory.Services, db => db.Foods.Where(f => f.Key == key).Select(f => f.FolateDfeUg).SingleAsync()));
    }

    [Fact]
    public async Task A_file_without_the_prenatal_columns_keeps_the_foods_prenatal_nutrients()
    {
        var (scope, csv) = await AdminAsync();
        await using var _ = scope;
        var key = TestFoods.NewKey();
        var row = TestFoods.Row(key);
        row.IronMg = 3.3;
        Assert.True((await csv.ImportAsync(TestFoods.Csv((row, "1 cup=243")))).Succeeded);

        using var withPrenatal = TestFoods.Csv((TestFoods.Row(key, name: "Imported kefir renamed"), "1 cup=243"));
        var lines = Encoding.UTF8.GetString(withPrenatal.ToArray()).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var seedOnly = string.Join('\n', lines.Select(l => DropPrenatalCells(l)));
        var result = await csv.ImportAsync(TestFoods.Text(seedOnly));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(1, result.Updated);
        var food = await Given.ReadAsync(factory.Services, db => db.Foods.SingleAsync(f => f.Key == key));
        Assert.Equal(("Imported kefir renamed", 3.3), (food.Name, food.IronMg));
    }

    private const string PrenatalColumns = "folate_dfe_ug,iron_mg,choline_mg,dha_g,epa_g,vitamin_d_ug,vitamin_b12_ug,calcium_mg,iodine_ug";

    // The test rows have no commas inside cells past the name, so the last cells can be cut by position.
    private static string DropPrenatalCells(string line)
    {
        var cells = line.Split(',');
        var prenatal = PrenatalColumns.Split(',').Length;
        return string.Join(',', cells.Take(cells.Length - prenatal - 1).Append(cells[^1]));
    }

    private static string Line(FoodSeedRow row, string portions)
    {
        using var file = TestFoods.Csv((row, portions));
        return Encoding.UTF8.GetString(file.ToArray()).Split('\n')[1].TrimEnd('\r');
    }

    private static FoodSeedRow Colours(FoodSeedRow row, string colours)
    {
        row.Colours = colours;
        return row;
    }

    private static FoodSeedRow Species(FoodSeedRow row, string species)
    {
        row.PlantSpecies = species;
        return row;
    }
}
