using System.Globalization;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Nutrients;

/// <summary>The test foods' numbers against the committed extract (seeds/usda-prenatal-nutrients.csv) and foods.csv.</summary>
public sealed class PrenatalExtractTests
{
    private static readonly Dictionary<string, Dictionary<string, string>> Extract = SeedCsv.Read("usda-prenatal-nutrients.csv");

    [Fact]
    public void The_test_foods_carry_the_extracts_numbers_with_empty_cells_as_unknown()
    {
        foreach (var (key, food) in PrenatalTestFoods.ByKey)
        {
            var row = Extract[key];
            var expected = PrenatalTestFoods.Usda(
                Number(row["folate_dfe_ug"]), Number(row["iron_mg"]), Number(row["choline_mg"]), Number(row["dha_g"]),
                Number(row["epa_g"]), Number(row["vitamin_d_ug"]), Number(row["vitamin_b12_ug"]), Number(row["calcium_mg"]),
                food.ProteinG);

            Assert.Equal(expected, food);
            Assert.Equal(string.Empty, row["iodine_ug"]);
        }
    }

    [Fact]
    public void The_test_foods_protein_is_the_catalogs()
    {
        var foods = SeedCsv.Read("foods.csv");

        Assert.All(PrenatalTestFoods.ByKey, pair => Assert.Equal(Number(foods[pair.Key]["protein_g"]), pair.Value.ProteinG));
    }

    [Fact]
    public void Raw_Atlantic_salmon_keeps_the_choline_and_vitamin_D_that_USDA_did_not_publish_unknown()
    {
        Assert.Null(PrenatalTestFoods.AtlanticSalmonRaw.CholineMg);
        Assert.Null(PrenatalTestFoods.AtlanticSalmonRaw.VitaminDUg);
        Assert.Equal(string.Empty, Extract["usda-15076"]["choline_mg"]);
    }

    [Fact]
    public void No_USDA_food_has_an_iodine_value()
    {
        Assert.All(Extract.Values, row => Assert.Equal(string.Empty, row["iodine_ug"]));
        Assert.Equal(8789, Extract.Count);
    }

    private static double? Number(string cell) => cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture);
}
