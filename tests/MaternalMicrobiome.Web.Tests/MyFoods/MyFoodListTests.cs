using Bunit;
using MaternalMicrobiome.Web.Features.MyFoods;
using MaternalMicrobiome.Web.Tests.Components;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

public sealed class MyFoodListTests : MudTestContext
{
    private static readonly MyFoodSummary Bread = new(5, "Grandma's rye sourdough", "Baked Products", false, null, "1 slice", 45, 6.5, ["secale-cereale"], 0);
    private static readonly MyFoodSummary Dal = new(6, "Lentil dal", "Recipes", true, 2, "1 serving", 143, 6.044, ["lens-culinaris", "allium-cepa", "allium-sativum"], 3);

    [Fact]
    public void An_empty_list_shows_its_empty_state()
    {
        var cut = Render<MyFoodList>(p => p.Add(x => x.Kind, "recipe").Add(x => x.Items, []).Add(x => x.EmptyText, "No recipes yet."));

        Assert.Contains("No recipes yet.", cut.Find("[data-testid=empty-recipes]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Her_copy_of_a_recipe_from_her_nutritionists_library_says_where_it_came_from()
    {
        var cut = Render<MyFoodList>(p => p.Add(x => x.Kind, "recipe").Add(x => x.Items, [Dal, Dal with { Id = 7, Name = "Practice dal", FromLibrary = true }]));

        var labels = cut.FindAll("[data-testid=from-library]");
        Assert.Equal("From your nutritionist's recipe library", Assert.Single(labels).TextContent);
        Assert.Equal("7", labels[0].Closest("li")!.GetAttribute("data-food-id"));
    }

    [Fact]
    public void A_recipe_reads_as_servings_ingredients_fiber_per_serving_and_plants()
    {
        var cut = Render<MyFoodList>(p => p.Add(x => x.Kind, "recipe").Add(x => x.Items, [Dal]));

        var text = cut.Find("[data-testid=recipe]").TextContent;
        Assert.Contains("2 servings of 143 g · 3 ingredients · fiber 8.6 g per serving", text, StringComparison.Ordinal);
        Assert.Contains("3 plants: Lentil, Onion, Garlic", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_and_delete_report_their_food_and_are_labelled_for_screen_readers()
    {
        MyFoodSummary? edited = null;
        MyFoodSummary? deleted = null;
        var cut = Render<MyFoodList>(p => p
            .Add(x => x.Kind, "food")
            .Add(x => x.Items, [Bread])
            .Add(x => x.OnEdit, (MyFoodSummary f) => edited = f)
            .Add(x => x.OnDelete, (MyFoodSummary f) => deleted = f));

        cut.Find("[data-testid=edit-food]").Click();
        cut.Find("[data-testid=delete-food]").Click();

        Assert.Equal(Bread, edited);
        Assert.Equal(Bread, deleted);
        Assert.Equal("Delete Grandma's rye sourdough", cut.Find("[data-testid=delete-food]").GetAttribute("aria-label"));
        Assert.Contains("Baked Products · fiber 6.5 g per 100 g · 1 slice = 45 g", cut.Find("[data-testid=food]").TextContent, StringComparison.Ordinal);
    }
}
