using CsvHelper.Configuration.Attributes;

namespace MaternalMicrobiome.Data.Seeding;

/// <summary>One line of seeds/food-portions.csv.</summary>
public sealed class FoodPortionSeedRow
{
    [Name("food_key")] public string FoodKey { get; set; } = string.Empty;
    [Name("seq")] public int Sequence { get; set; }
    [Name("description")] public string Description { get; set; } = string.Empty;
    [Name("grams")] public double Grams { get; set; }
}
