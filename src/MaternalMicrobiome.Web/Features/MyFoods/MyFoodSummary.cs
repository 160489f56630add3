namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>One of her foods or recipes as the My foods page lists it.</summary>
/// <param name="Servings">For a recipe: how many servings it makes.</param>
/// <param name="FirstPortionGrams">The first household portion (for a recipe: one serving).</param>
/// <param name="FiberG">Fiber per 100 g.</param>
/// <param name="FromLibrary">Her copy of a food her nutritionist planned for her from her recipe library.</param>
public sealed record MyFoodSummary(
    int Id,
    string Name,
    string FoodGroup,
    bool IsRecipe,
    int? Servings,
    string? FirstPortion,
    double? FirstPortionGrams,
    double? FiberG,
    IReadOnlyList<string> PlantSpecies,
    int IngredientCount,
    bool FromLibrary = false);
