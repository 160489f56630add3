namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>A household measure of a food, such as "1 cup, chopped", and the grams it weighs.</summary>
public sealed class FoodPortion
{
    public int Id { get; set; }
    public int FoodId { get; set; }
    public int Sequence { get; set; }
    public required string Description { get; set; }
    public double Grams { get; set; }
}
