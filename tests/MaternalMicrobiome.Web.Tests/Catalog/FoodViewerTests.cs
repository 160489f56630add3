using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Tests.Catalog;

/// <summary>Who sees whose private foods: one rule, as a query filter and in memory, and both agree.</summary>
public sealed class FoodViewerTests
{
    private static readonly string?[] Owners = [null, "mother", "other-mother", "nutritionist", "other-nutritionist"];

    public static TheoryData<string?, string?> Viewers() => new()
    {
        { null, null },
        { "mother", null },
        { "mother", "nutritionist" },
        { "nutritionist", null },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void The_filter_and_the_in_memory_rule_agree_on_every_owner(string? owner, string? library)
    {
        var viewer = new FoodViewer(owner, library);
        var foods = Owners.Select(o => new Food { Key = o ?? "catalog", Name = o ?? "catalog", FoodGroup = "Test", OwnerId = o }).ToList();

        var filtered = foods.AsQueryable().Where(viewer.CanSee).Select(f => f.OwnerId).ToList();

        Assert.Equal(foods.Where(viewer.Sees).Select(f => f.OwnerId), filtered);
        Assert.Equal(new[] { null, owner, library }.Distinct(), filtered);
    }

    [Fact]
    public void Only_the_library_owners_foods_are_library_foods()
    {
        var viewer = new FoodViewer("mother", "nutritionist");

        Assert.True(viewer.IsLibraryFood(new Food { Key = "k", Name = "n", FoodGroup = "g", OwnerId = "nutritionist" }));
        Assert.False(viewer.IsLibraryFood(new Food { Key = "k", Name = "n", FoodGroup = "g", OwnerId = "mother" }));
        Assert.False(new FoodViewer("mother").IsLibraryFood(new Food { Key = "k", Name = "n", FoodGroup = "g", OwnerId = null }));
    }
}
