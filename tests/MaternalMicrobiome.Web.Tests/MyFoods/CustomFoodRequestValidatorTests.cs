using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Web.Features.MyFoods;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

/// <summary>Every rule of the custom-food form, each failing with one message that names its field.</summary>
public sealed class CustomFoodRequestValidatorTests
{
    private static readonly CustomFoodRequestValidator Validator = new();

    private static (string Property, string Message) OnlyFailure(Action<CustomFoodRequest> change)
    {
        var request = TestFoods.Sourdough();
        change(request);
        var failure = Assert.Single(Validator.Validate(request).Errors);
        return (failure.PropertyName, failure.ErrorMessage);
    }

    [Fact]
    public void The_sample_food_is_valid() => Assert.True(Validator.Validate(TestFoods.Sourdough()).IsValid);

    [Fact]
    public void A_blank_or_long_name_is_refused()
    {
        Assert.Equal(("Name", "Name is required."), OnlyFailure(r => r.Name = "  "));
        Assert.Equal(("Name", "Name must be at most 200 characters."), OnlyFailure(r => r.Name = new string('a', 201)));
    }

    [Fact]
    public void The_group_must_come_from_the_list_and_nova_must_be_1_to_4()
    {
        Assert.Equal(("FoodGroup", "Food group: choose one from the list."), OnlyFailure(r => r.FoodGroup = "Recipes"));
        Assert.Equal(("NovaGroup", "Processing (NOVA group) must be 1 to 4."), OnlyFailure(r => r.NovaGroup = 5));
    }

    [Theory]
    [InlineData(100.5, "Fiber must be at most 100 g per 100 g.")]
    [InlineData(double.NaN, "Fiber must be a number.")]
    [InlineData(-0.1, "Fiber must be 0 or more.")]
    public void Fiber_must_be_a_number_from_0_to_100(double fiber, string message) =>
        Assert.Equal(("FiberG", message), OnlyFailure(r => r.FiberG = fiber));

    [Fact]
    public void Added_sugars_cannot_exceed_total_sugars() =>
        Assert.Equal(("AddedSugarsG", "Added sugars cannot be more than total sugars."), OnlyFailure(r => r.AddedSugarsG = 3));

    [Theory]
    [InlineData("IronMg", 1000.5, "Iron must be at most 1,000 mg per 100 g.")]
    [InlineData("IodineUg", 1_000_001, "Iodine must be at most 1,000,000 µg per 100 g.")]
    [InlineData("DhaG", 100.1, "DHA must be at most 100 g per 100 g.")]
    [InlineData("FolateDfeUg", -1, "Folate (DFE) must be 0 or more.")]
    [InlineData("VitaminDUg", double.PositiveInfinity, "Vitamin D must be a number.")]
    public void Prenatal_nutrients_use_the_catalogs_labels_and_bounds(string property, double value, string message)
    {
        var field = CustomFoodNutrient.Prenatal.Single(p => p.Nutrient.Name == property);

        Assert.Equal((property, message), OnlyFailure(r => field.Set(r, value)));
    }

    [Fact]
    public void The_form_covers_every_prenatal_nutrient_of_the_catalog_each_in_the_request_property_of_its_name()
    {
        var catalog = FoodNutrients.All.Where(n => n.SeedFile == SeedLoader.PrenatalNutrientsFile).ToList();
        Assert.Equal(catalog, CustomFoodNutrient.Prenatal.Select(p => p.Nutrient));
        foreach (var field in CustomFoodNutrient.Prenatal)
        {
            var request = new CustomFoodRequest();
            field.Set(request, 12.5);
            Assert.Equal(12.5, typeof(CustomFoodRequest).GetProperty(field.Nutrient.Name)!.GetValue(request));
            Assert.Equal(12.5, field.Get(request));
        }
    }

    [Fact]
    public void Unknown_nutrients_are_fine()
    {
        var request = TestFoods.Sourdough();
        request.EnergyKcal = request.FiberG = request.TotalSugarsG = request.AddedSugarsG = request.WaterG = request.CaffeineMg = null;
        CustomFoodNutrient.Prenatal.ToList().ForEach(p => p.Set(request, null));

        Assert.True(Validator.Validate(request).IsValid);
    }

    [Theory]
    [InlineData("onion")]
    [InlineData("Allium-cepa")]
    [InlineData("allium cepa")]
    public void A_species_must_be_a_botanical_key(string key) =>
        Assert.Equal(
            ("PlantSpecies[1]", $"Plant species '{key}' is not a species key such as allium-cepa (lower-case words joined by hyphens)."),
            OnlyFailure(r => r.PlantSpecies.Add(key)));

    [Fact]
    public void Live_cultures_need_fermented_and_prebiotic_rich_needs_a_serving()
    {
        Assert.Equal(
            ("IsFermented", "Fermented: a food with live cultures is fermented, so tick Fermented too."),
            OnlyFailure(r => (r.IsFermented, r.HasLiveCultures, r.ServingGrams) = (false, true, 50)));
        Assert.Equal(
            ("ServingGrams", "Serving size is required for a prebiotic-rich food: it counts your prebiotic servings."),
            OnlyFailure(r => r.IsPrebioticRich = true));
    }

    [Fact]
    public void Portions_need_at_least_one_with_a_description_and_sensible_grams()
    {
        Assert.Equal(("Portions", "Portions: add at least one household portion, for example \"1 bowl\"."), OnlyFailure(r => r.Portions.Clear()));
        Assert.Equal(("Portions[0].Grams", "Portion grams must be more than 0."), OnlyFailure(r => r.Portions[0].Grams = 0));
        Assert.Equal(("Portions[0].Grams", "Portion grams must be at most 5,000."), OnlyFailure(r => r.Portions[0].Grams = 5001));
        Assert.Equal(("Portions[0].Description", "Portion description is required, for example \"1 bowl\"."), OnlyFailure(r => r.Portions[0].Description = ""));
        Assert.Equal(
            ("Portions", "Portions: each portion needs a different description."),
            OnlyFailure(r => r.Portions.Add(new PortionRequest { Description = "1 Slice", Grams = 50 })));
    }
}
