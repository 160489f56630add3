namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>What the recipe form sends: a name, how many servings it makes, and its ingredients with their grams.</summary>
public sealed class RecipeRequest
{
    public string Name { get; set; } = string.Empty;
    public int Servings { get; set; } = 1;
    public List<IngredientRequest> Ingredients { get; set; } = [];
}
