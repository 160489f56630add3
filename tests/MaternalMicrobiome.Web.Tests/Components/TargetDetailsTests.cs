using Bunit;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Today;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class TargetDetailsTests : MudTestContext
{
    [Fact]
    public void The_fiber_details_list_each_contributing_food_with_grams_and_fiber_and_cite_the_reference()
    {
        var fiber = Given.ScoredDay((TestFoods.Lentils, 200), (TestFoods.Kefir, 250)).For(Metric.Fiber)!;

        var cut = Render<TargetDetails>(p => p.Add(x => x.Result, fiber).Add(x => x.References, Given.References));

        var rows = cut.FindAll("[data-testid=contributions] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("Lentils, cooked", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("200 g", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("15.8 g", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dietary Reference Intakes", cut.Find("[data-testid=reference]").TextContent, StringComparison.Ordinal);
        Assert.Contains("guideline", cut.Find("[data-testid=grade]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_nothing_counted_towards_says_so()
    {
        var fermented = Given.ScoredDay((TestFoods.Lentils, 200)).For(Metric.FermentedServings)!;

        var cut = Render<TargetDetails>(p => p.Add(x => x.Result, fermented).Add(x => x.References, Given.References));

        Assert.NotNull(cut.Find("[data-testid=no-contributions]"));
        Assert.Empty(cut.FindAll("[data-testid=contributions]"));
        Assert.Equal("Evidence: the app's own choice", cut.Find("[data-testid=grade]").TextContent.Trim());
    }

    [Fact]
    public void Plant_details_name_the_plant_by_its_common_name_and_the_food_it_came_from()
    {
        var plants = Given.ScoredDay((TestFoods.Onion, 80)).For(Metric.PlantsPerDay)!;

        var cut = Render<TargetDetails>(p => p.Add(x => x.Result, plants).Add(x => x.References, Given.References));

        var cells = cut.Find("[data-testid=contributions] tbody tr").QuerySelectorAll("td");
        Assert.Equal("Onion", cells[0].TextContent);
        Assert.Equal("Allium cepa", cells[0].GetAttribute("title"));
        Assert.Equal("Onions, raw", cells[1].TextContent);
        Assert.DoesNotContain("allium-cepa", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekly_plant_details_read_every_species_by_its_common_name()
    {
        var plants = Given.ScoredDay((TestFoods.Lentils, 200), (TestFoods.Onion, 80)).For(Metric.PlantsPerWeek)!;

        var cut = Render<TargetDetails>(p => p.Add(x => x.Result, plants).Add(x => x.References, Given.References));

        var shown = cut.FindAll("[data-testid=contributions] tbody tr").Select(r => r.QuerySelector("td")!.TextContent).Order(StringComparer.Ordinal);
        Assert.Equal(["Lentil", "Onion"], shown);
        Assert.DoesNotContain("lens-culinaris", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coffee_reads_as_a_quarter_plant()
    {
        var coffee = new Domain.Catalog.Food
        {
            Id = 90, Key = "usda-14209", Name = "Coffee, brewed", FoodGroup = "Beverages", CaffeineMg = 40, IsBeverage = true,
            PlantSpecies = ["coffea-arabica"], PlantPoints = 0.25,
        };
        var plants = Given.ScoredDay((TestFoods.Onion, 80), (coffee, 237)).For(Metric.PlantsPerDay)!;

        var cut = Render<TargetDetails>(p => p.Add(x => x.Result, plants).Add(x => x.References, Given.References));

        var coffeeRow = Assert.Single(cut.FindAll("[data-testid=contributions] tbody tr"), r => r.TextContent.Contains("Coffee", StringComparison.Ordinal));
        var cells = coffeeRow.QuerySelectorAll("td");
        Assert.Equal("¼", cells[cells.Length - 1].TextContent.Trim());
        Assert.Equal(1.25, plants.Actual);
    }

    [Fact]
    public void Colour_details_still_name_the_colour()
    {
        var colours = Given.ScoredDay((TestFoods.Onion, 80)).For(Metric.PlantColours)!;

        var cut = Render<TargetDetails>(p => p.Add(x => x.Result, colours).Add(x => x.References, Given.References));

        Assert.Contains("white/tan", cut.Find("[data-testid=contributions] tbody tr td").TextContent, StringComparison.Ordinal);
    }
}
