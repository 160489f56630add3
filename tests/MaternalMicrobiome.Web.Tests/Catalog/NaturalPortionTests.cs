using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>The portion the add form starts on, on the real seeded catalog (seeds/food-portions.csv as the app loads it).</summary>
public sealed class NaturalPortionTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Theory]
    [InlineData("Garlic, raw", "1 clove")]
    [InlineData("Coffee, brewed", "1 cup (8 fl oz)")]
    [InlineData("Beverages, coffee, brewed, breakfast blend", "1 cup")]
    [InlineData("Banana, raw", "1 medium (7\" to 7-7/8\" long)")]
    [InlineData("Egg, whole, raw", "1 large")]
    [InlineData("Egg, whole, cooked, hard-boiled", "1 large")]
    [InlineData("Bread, white, commercially prepared, toasted", "1 slice")]
    [InlineData("Bread, whole-wheat, commercially prepared, toasted", "1 slice")]
    [InlineData("Apples, raw, without skin", "1 medium (3\" dia)")]
    [InlineData("Apples, raw, gala, with skin", "1 medium")]
    [InlineData("Kefir, plain, lowfat", "1 cup (8 fl oz)")]
    [InlineData("Kefir, raw (unpasteurized) milk", "1 cup (8 fl oz)")]
    [InlineData("Peanut butter, smooth", "2 tbsp")]
    [InlineData("Milk, whole", "1 cup")]
    [InlineData("Orange juice, raw", "1 cup")]
    [InlineData("Carrots, raw", "1 medium")]
    [InlineData("Avocados, raw, California", "1 fruit, without skin and seed")]
    [InlineData("Yogurt, plain, whole milk", "1 container (6 oz)")]
    [InlineData("Oats", "1 cup")]
    [InlineData("Lentils, cooked", "1 cup")]
    public async Task A_food_starts_on_the_single_portion_she_means(string name, string expected)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var food = await db.Foods.AsNoTracking().Include(f => f.Portions).SingleAsync(f => f.Name == name && f.OwnerId == null);

        Assert.Equal(expected, NaturalPortion.Choose(food)?.Description);
    }

    [Fact]
    public void A_food_without_portions_has_none() =>
        Assert.Equal(-1, NaturalPortion.Choose("Salt, table", isBeverage: false, [], servingGrams: 6));
}
