namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>One ingredient of her recipe: a food of the catalog (or one of her own) and its grams in the whole recipe.</summary>
public sealed class IngredientRequest
{
    public int FoodId { get; set; }
    public double Grams { get; set; }
}
