using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>Instances on one database share Data Protection keys: a cookie one protects, another can read.</summary>
public sealed class DataProtectionKeyTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_unprotects_what_the_first_protected()
    {
        var protectedByFirst = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hello");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        }

        await using var second = new SqliteWebAppFactory();
        var sameDatabase = second.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Default", factory.ConnectionString));
        var readBySecond = sameDatabase.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedByFirst);

        Assert.Equal("hello", readBySecond);
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData("PostgreSQL", DatabaseProvider.Postgres)]
    public static void The_provider_setting_is_read_case_insensitively(string? configured, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseProviders.Parse(configured));

    [Fact]
    public static void A_misspelt_provider_stops_the_app_instead_of_falling_back_to_sqlite()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Parse("Postgress"));
        Assert.Contains("Postgress", error.Message, StringComparison.Ordinal);
    }
}
