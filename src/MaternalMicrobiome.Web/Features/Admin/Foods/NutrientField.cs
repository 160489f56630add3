namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>One nutrient input of the food editor: its request property, label, unit and accessors.</summary>
internal sealed record NutrientField(string Property, string Label, string Unit, Func<FoodEditRequest, double?> Get, Action<FoodEditRequest, double?> Set);
