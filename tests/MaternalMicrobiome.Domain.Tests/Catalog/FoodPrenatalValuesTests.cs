using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

public sealed class FoodPrenatalValuesTests
{
    private static Food Salmon() => new()
    {
        Key = "usda-15076",
        Name = "Fish, salmon, Atlantic, wild, raw",
        FoodGroup = "Finfish and Shellfish Products",
        ProteinG = 19.84,
        FolateDfeUg = 25,
        IronMg = 0.8,
        DhaG = 1.115,
        EpaG = 0.321,
        VitaminB12Ug = 3.18,
        CalciumMg = 12,
    };

    [Fact]
    public void Every_value_maps_to_its_prenatal_nutrient_and_DHA_plus_EPA_is_in_mg()
    {
        var values = Salmon().PrenatalValues;

        Assert.Equal(25, values[PrenatalNutrient.FolateDfe]);
        Assert.Equal(0.8, values[PrenatalNutrient.Iron]);
        Assert.Equal(1436, values[PrenatalNutrient.DhaEpa]!.Value, 6);
        Assert.Equal(3.18, values[PrenatalNutrient.VitaminB12]);
        Assert.Equal(12, values[PrenatalNutrient.Calcium]);
        Assert.Equal(19.84, values[PrenatalNutrient.Protein]);
    }

    [Fact]
    public void What_the_food_does_not_know_stays_unknown()
    {
        var salmon = Salmon();
        salmon.EpaG = null;

        var values = salmon.PrenatalValues;

        Assert.Null(values[PrenatalNutrient.DhaEpa]);
        Assert.Null(values[PrenatalNutrient.Iodine]);
        Assert.Null(values[PrenatalNutrient.Choline]);
        Assert.Null(values[PrenatalNutrient.VitaminD]);
        Assert.Equal(PrenatalNutrientValues.Unknown, new Food { Key = "mm-x", Name = "x", FoodGroup = "x" }.PrenatalValues);
    }
}
