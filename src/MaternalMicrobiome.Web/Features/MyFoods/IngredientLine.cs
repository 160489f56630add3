namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>One row of the recipe form: the food and the grams she typed (which she can change in place).</summary>
public sealed class IngredientLine(IngredientFood food, double grams)
{
    public IngredientFood Food { get; } = food;
    public double Grams { get; set; } = grams;
}
