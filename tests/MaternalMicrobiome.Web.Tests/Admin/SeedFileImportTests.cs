using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>On a fresh catalog, seeds/foods.csv itself is a valid import file that changes nothing.</summary>
public sealed class SeedFileImportTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task The_seed_file_passes_every_import_rule_without_a_portions_column_and_changes_nothing()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        await using var seeds = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "seeds", SeedLoader.FoodsFile));

        var result = await scope.ServiceProvider.GetRequiredService<FoodCsvService>().ImportAsync(seeds, dryRun: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Take(10)));
        Assert.Equal((0, 0), (result.Created, result.Updated));
        Assert.True(result.Unchanged >= 150);
    }
}
