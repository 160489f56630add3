using Bunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Today;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class PrenatalNutrientsPanelTests : MudTestContext
{
    // SR28 15086 sockeye salmon, cooked: every value but iodine known.
    private static readonly Food Salmon = new()
    {
        Id = 1, Key = "usda-15086", Name = "Fish, salmon, sockeye, cooked, dry heat", FoodGroup = "Finfish and Shellfish Products",
        FolateDfeUg = 7, IronMg = 0.52, CholineMg = 112.6, DhaG = 0.560, EpaG = 0.299, VitaminDUg = 16.7, VitaminB12Ug = 4.47,
        CalciumMg = 11, ProteinG = 26.48,
    };

    // A food nobody has sourced prenatal values for (the curated mm- foods): unknown, never 0.
    private static readonly Food Stew = new() { Id = 2, Key = "mm-test-stew", Name = "Bean stew", FoodGroup = "Meals, Entrees, and Side Dishes" };

    private static DayView Day(params (Food Food, double Grams)[] foods)
    {
        var window = foods.Select(f => new ConsumedFood(f.Food, f.Grams, Given.Today)).ToList();
        var entries = foods.Select((f, i) => new EntryView(i + 1, MealSlot.Lunch, f.Food.Id, f.Food.Name, new Quantity(QuantityUnit.Grams, f.Grams, null), f.Grams, null)).ToList();
        return new DayView(Given.Today, Given.Pregnant, entries, DayScorer.ScoreNumbers(Given.Today, window, DefaultTargets.For(Given.Pregnant), Given.Pregnant))
        {
            Window = window,
            Targets = DefaultTargets.For(Given.Pregnant),
        };
    }

    private IRenderedComponent<PrenatalNutrientsPanel> RenderPanel(DayView day) =>
        Render<PrenatalNutrientsPanel>(p => p.Add(x => x.Day, day).Add(x => x.References, Given.References));

    private static string Status(IRenderedComponent<PrenatalNutrientsPanel> cut, PrenatalNutrient nutrient) =>
        cut.Find($"[data-testid=prenatal-row][data-nutrient={nutrient}] [data-testid=prenatal-status]").TextContent.Trim();

    private static string Amount(IRenderedComponent<PrenatalNutrientsPanel> cut, PrenatalNutrient nutrient) =>
        cut.Find($"[data-testid=prenatal-row][data-nutrient={nutrient}] [data-testid=prenatal-amount]").TextContent.Trim();

    [Fact]
    public void It_is_collapsed_by_default_with_no_rows_only_the_counts()
    {
        var cut = RenderPanel(Day((Salmon, 200)));

        var toggle = cut.Find("[data-testid=prenatal-toggle]");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("prenatal-rows", toggle.GetAttribute("aria-controls"));
        Assert.Empty(cut.FindAll("[data-testid=prenatal-table]"));
        // 200 g of salmon: DHA + EPA, vitamin D and B12 met; folate, iron, choline, calcium, protein missed; iodine unknown.
        Assert.Equal("3 met, 5 missed, 1 unknown of 9.", cut.Find("[data-testid=prenatal-summary]").TextContent.Trim());
    }

    [Fact]
    public void Opening_it_shows_a_table_with_headers_and_a_row_per_nutrient_flagged_met_or_missed_and_closing_drops_it()
    {
        var cut = RenderPanel(Day((Salmon, 200)));

        cut.Find("[data-testid=prenatal-toggle]").Click();

        Assert.Equal("true", cut.Find("[data-testid=prenatal-toggle]").GetAttribute("aria-expanded"));
        Assert.Equal(["Nutrient", "Eaten, of your RDA/AI", "Status"], cut.FindAll("[data-testid=prenatal-table] thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(9, cut.FindAll("[data-testid=prenatal-row] th[scope=row]").Count);
        Assert.Equal("met", Status(cut, PrenatalNutrient.DhaEpa));
        Assert.Equal("1,718 mg", Amount(cut, PrenatalNutrient.DhaEpa));
        Assert.Equal("missed", Status(cut, PrenatalNutrient.Choline));
        Assert.Equal("225 mg", Amount(cut, PrenatalNutrient.Choline));
        Assert.Equal("unknown", Status(cut, PrenatalNutrient.Iodine));
        Assert.Equal("unknown", Amount(cut, PrenatalNutrient.Iodine));

        cut.Find("[data-testid=prenatal-toggle]").Click();

        Assert.Equal("false", cut.Find("[data-testid=prenatal-toggle]").GetAttribute("aria-expanded"));
        Assert.Empty(cut.FindAll("[data-testid=prenatal-row]"));
    }

    [Fact]
    public void A_food_without_a_value_is_shown_as_unknown_and_the_known_sum_as_at_least_never_as_zero()
    {
        var cut = RenderPanel(Day((Salmon, 200), (Stew, 300)));
        cut.Find("[data-testid=prenatal-toggle]").Click();

        Assert.Equal("at least 225 mg", Amount(cut, PrenatalNutrient.Choline));
        Assert.Equal("unknown for 1 food", cut.Find($"[data-testid=prenatal-row][data-nutrient={PrenatalNutrient.Choline}] [data-testid=prenatal-unknown-foods]").TextContent.Trim());
        // Iodine: neither food has a value, so it is unknown, not "at least 0".
        Assert.Equal("unknown", Amount(cut, PrenatalNutrient.Iodine));
        Assert.Equal("unknown for 2 foods", cut.Find($"[data-testid=prenatal-row][data-nutrient={PrenatalNutrient.Iodine}] [data-testid=prenatal-unknown-foods]").TextContent.Trim());
        Assert.DoesNotContain(cut.FindAll("[data-testid=prenatal-amount]"), a => a.TextContent.Trim().StartsWith('0'));
    }

    [Fact]
    public void Each_value_cites_its_reference_and_links_to_its_evidence_entry()
    {
        var cut = RenderPanel(Day((Salmon, 200)));
        cut.Find("[data-testid=prenatal-toggle]").Click();

        var protein = cut.Find($"[data-testid=prenatal-row][data-nutrient={PrenatalNutrient.Protein}]");
        Assert.Equal("of 71 g RDA", protein.QuerySelector("[data-testid=prenatal-reference]")!.TextContent.Trim());
        var source = protein.QuerySelector("[data-testid=prenatal-source]")!;
        Assert.Equal("evidence#nutrient-protein", source.GetAttribute("href"));
        Assert.Equal("IOM 2005", source.TextContent.Trim());
        Assert.StartsWith("Institute of Medicine (2005). Dietary Reference Intakes", source.GetAttribute("title"), StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=prenatal-source]"), a => Assert.StartsWith("evidence#nutrient-", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_day_refreshes_the_open_rows()
    {
        var cut = RenderPanel(Day((Salmon, 100)));
        cut.Find("[data-testid=prenatal-toggle]").Click();
        Assert.Equal("missed", Status(cut, PrenatalNutrient.Protein));

        cut.Render(p => p.Add(x => x.Day, Day((Salmon, 300))));

        Assert.Equal("met", Status(cut, PrenatalNutrient.Protein));
    }

    [Fact]
    public void An_empty_day_says_nothing_is_logged_and_her_nutritionist_reads_her_reference_values()
    {
        var cut = RenderPanel(Day());
        Assert.StartsWith("Nothing logged yet", cut.Find("[data-testid=prenatal-summary]").TextContent.Trim(), StringComparison.Ordinal);

        var read = Render<PrenatalNutrientsPanel>(p => p.Add(x => x.Day, Day((Salmon, 100))).Add(x => x.References, Given.References).Add(x => x.Whose, "her"));
        read.Find("[data-testid=prenatal-toggle]").Click();

        Assert.Equal("Eaten, of her RDA/AI", read.FindAll("[data-testid=prenatal-table] thead th")[1].TextContent);
    }
}
