namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>What a merge moved from the deleted duplicate to the survivor.</summary>
public sealed record FoodMergeResult(
    string SurvivorKey,
    string DuplicateKey,
    int MealEntriesMoved,
    int RecipeIngredientsMoved,
    int FavouritesMoved,
    int FavouritesDropped,
    int PlannedEntriesMoved,
    int DislikesMoved);
