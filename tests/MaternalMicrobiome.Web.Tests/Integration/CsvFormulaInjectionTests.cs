using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.BadInput;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// Text a mother or an admin typed that a spreadsheet would run as a formula comes out of every CSV download with a
/// leading quote (shown as text), and the admin import reads its own export back without changing a food.
/// </summary>
public sealed class CsvFormulaInjectionTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example\",\"Open\")";
    private const string Command = "+cmd|' /C calc'!A0";
    private const string Sum = "@SUM(1)";
    private const string Arithmetic = "-2+3 bars";

    [Fact]
    public async Task Her_entries_CSV_escapes_formulas_in_food_names_portions_and_notes()
    {
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var foodId = await PrivateFoodAsync(mother, Hyperlink);
        await Given.ReadAsync(factory.Services, async db =>
        {
            db.MealEntries.Add(new MealEntry
            {
                UserId = mother.Id, Date = Given.Today, Slot = MealSlot.Lunch, FoodId = foodId, Unit = QuantityUnit.Portion,
                Amount = 1, PortionDescription = Sum, Grams = 100, Note = Command, CreatedAt = Given.Now, UpdatedAt = Given.Now,
            });
            return await db.SaveChangesAsync();
        });
        var browser = await BadInputSession.SignedInBrowserAsync(factory, mother);

        var response = await browser.GetAsync(new Uri(MyDataEndpoints.CsvPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = Cells(await response.Content.ReadAsStringAsync());
        Assert.Contains("'" + Hyperlink, cells);
        Assert.Contains("'" + Sum, cells);
        Assert.Contains("'" + Command, cells);
        AssertNoCellRunsAsFormula(cells);
    }

    [Fact]
    public async Task The_shopping_list_CSV_escapes_formulas_in_food_names()
    {
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var foodId = await PrivateFoodAsync(mother, Arithmetic);
        var planId = await Given.PlansAsAsync(factory.Services, mother, async plans =>
        {
            var id = await plans.CreateAsync(null, new NewPlanRequest { Title = "Week", WeekStart = Given.Today });
            await plans.AddEntryAsync(id, (await plans.GetAsync(id)).Version, Given.PlannedGrams(0, foodId, 120));
            return id;
        });
        var browser = await BadInputSession.SignedInBrowserAsync(factory, mother);

        var response = await browser.GetAsync(new Uri(PlanEndpoints.ShoppingCsvPath(planId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = Cells(await response.Content.ReadAsStringAsync());
        Assert.Contains("'" + Arithmetic, cells);
        Assert.Contains("120", cells);
        AssertNoCellRunsAsFormula(cells);
    }

    [Fact]
    public async Task The_admin_export_escapes_formulas_and_imports_back_unchanged()
    {
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        var csv = scope.ServiceProvider.GetRequiredService<FoodCsvService>();
        var hostile = new Dictionary<string, string>
        {
            [TestFoods.NewKey()] = Hyperlink, [TestFoods.NewKey()] = Command, [TestFoods.NewKey()] = Sum,
            [TestFoods.NewKey()] = Arithmetic, [TestFoods.NewKey()] = "'quoted on purpose",
        };
        using (var file = TestFoods.Csv(hostile.Select(h => (TestFoods.Row(h.Key, h.Value), "-2+3 piece=30;@half=15")).ToArray()))
        {
            var imported = await csv.ImportAsync(file);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));
        }

        var before = await SnapshotAsync(hostile.Keys);
        using var export = new MemoryStream();
        await csv.ExportAsync(export);
        var text = Encoding.UTF8.GetString(export.ToArray());
        var cells = Cells(text);
        foreach (var name in hostile.Values)
        {
            Assert.Contains("'" + name, cells);
        }

        Assert.Contains("'-2+3 piece=30;@half=15", cells);
        AssertNoCellRunsAsFormula(cells);

        export.Position = 0;
        var again = await csv.ImportAsync(export);

        Assert.True(again.Succeeded, string.Join("\n", again.Problems.Take(5)));
        Assert.Equal(0, again.Created);
        Assert.Equal(0, again.Updated);
        Assert.Equal(before, await SnapshotAsync(hostile.Keys));
        Assert.Equal(hostile.OrderBy(h => h.Key).Select(h => h.Value), before.Select(b => b.Name));
    }

    private async Task<int> PrivateFoodAsync(AppUser mother, string name) =>
        await Given.ReadAsync(factory.Services, async db =>
        {
            var food = new Food { Key = $"custom-{Guid.NewGuid():N}", Name = name, FoodGroup = "Snacks", OwnerId = mother.Id };
            db.Foods.Add(food);
            await db.SaveChangesAsync();
            return food.Id;
        });

    private Task<List<(string Key, string Name, string Portions)>> SnapshotAsync(IEnumerable<string> keys)
    {
        var wanted = keys.ToList();
        return Given.ReadAsync(factory.Services, async db => (await db.Foods.AsNoTracking().Include(f => f.Portions)
                .Where(f => wanted.Contains(f.Key)).OrderBy(f => f.Key).ToListAsync())
            .Select(f => (f.Key, f.Name, string.Join(";", f.Portions.OrderBy(p => p.Sequence).Select(p => $"{p.Description}={p.Grams.ToString(CultureInfo.InvariantCulture)}"))))
            .ToList());
    }

    private static List<string> Cells(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var cells = new List<string>();
        while (reader.Read())
        {
            for (var i = 0; i < reader.Parser.Count; i++)
            {
                cells.Add(reader.GetField(i)!);
            }
        }

        return cells;
    }

    /// <summary>No cell starts as a spreadsheet formula, except a plain number such as -1.5.</summary>
    private static void AssertNoCellRunsAsFormula(List<string> cells) =>
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal)
            && !double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
}
