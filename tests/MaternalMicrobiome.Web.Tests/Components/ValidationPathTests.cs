using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.MyFoods;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class ValidationPathTests
{
    private static readonly CustomFoodRequest Request = new()
    {
        PlantSpecies = ["secale-cereale"],
        Portions = [new PortionRequest { Description = "1 slice", Grams = 45 }, new PortionRequest { Description = "1 loaf", Grams = 800 }],
    };

    [Fact]
    public void A_property_is_that_property_of_the_model()
    {
        var field = ValidationPath.ToField(Request, nameof(CustomFoodRequest.Name));

        Assert.Same(Request, field.Model);
        Assert.Equal(nameof(CustomFoodRequest.Name), field.FieldName);
    }

    [Fact]
    public void A_property_of_a_list_item_is_that_property_of_that_item()
    {
        var field = ValidationPath.ToField(Request, "Portions[1].Grams");

        Assert.Same(Request.Portions[1], field.Model);
        Assert.Equal(nameof(PortionRequest.Grams), field.FieldName);
    }

    [Theory]
    [InlineData("PlantSpecies[0]", nameof(CustomFoodRequest.PlantSpecies))]
    [InlineData("Portions[7].Grams", "")]
    [InlineData("Quota", "")]
    [InlineData("", "")]
    public void Items_of_plain_lists_show_at_the_list_and_what_the_model_lacks_at_the_model(string path, string expected)
    {
        var field = ValidationPath.ToField(Request, path);

        Assert.Same(Request, field.Model);
        Assert.Equal(expected, field.FieldName);
    }
}
