namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>One ingredient of a recipe: a food and its grams in the whole recipe.</summary>
public sealed class RecipeIngredient
{
    public int Id { get; set; }
    public int RecipeId { get; set; }
    public int FoodId { get; set; }
    public Food? Food { get; set; }
    public double Grams { get; set; }
}
