using MaternalMicrobiome.Domain.Logging;

using static MaternalMicrobiome.Domain.Tests.TestData.TestFoods;

namespace MaternalMicrobiome.Domain.Tests.Logging;

/// <summary>Resolving an entered amount to grams.</summary>
public sealed class QuantityTests
{
    [Fact]
    public void Grams_are_grams()
    {
        Assert.Equal(118, Quantity.Grams(118).ToGrams(Banana));
    }

    [Fact]
    public void Millilitres_convert_at_one_gram_per_millilitre()
    {
        Assert.Equal(250, Quantity.Millilitres(250).ToGrams(Kefir));
    }

    [Fact]
    public void Portions_multiply_the_portion_weight()
    {
        // USDA 09040: "1 cup, sliced" weighs 150 g.
        Assert.Equal(300, Quantity.Portions(2, "1 cup, sliced").ToGrams(Banana));
        Assert.Equal(0.5 * 225, Quantity.Portions(0.5, "1 cup, mashed").ToGrams(Banana));
    }

    [Fact]
    public void An_unknown_portion_throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Quantity.Portions(1, "1 slice").ToGrams(Banana));

        Assert.Contains("1 slice", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Banana", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portion_of_another_food_throws()
    {
        // "1 clove" is a portion of garlic, not of banana.
        Assert.Throws<ArgumentException>(() => Quantity.Portions(1, "1 clove").ToGrams(Banana));
    }

    [Fact]
    public void A_missing_food_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Quantity.Grams(100).ToGrams(null!));
    }

    [Fact]
    public void A_meal_entry_reports_its_quantity()
    {
        var entry = new MealEntry
        {
            UserId = "mother-1",
            Unit = QuantityUnit.Portion,
            Amount = 3,
            PortionDescription = "1 clove",
        };

        Assert.Equal(Quantity.Portions(3, "1 clove"), entry.Quantity);
        Assert.Equal(9.0, entry.Quantity.ToGrams(Garlic), 1e-12);
    }
}
