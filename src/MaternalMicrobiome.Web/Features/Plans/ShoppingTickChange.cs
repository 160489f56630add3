namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One "already have" tick set or cleared on the shopping list.</summary>
public sealed record ShoppingTickChange(int FoodId, bool Have);
