namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>One food in the JSON answer of <c>GET /api/foods</c>.</summary>
public sealed record FoodSearchResult(int Id, string Name, string FoodGroup);
