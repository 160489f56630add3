namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>The signed-in mother's current link to a nutritionist.</summary>
/// <param name="NutritionistDeactivated">An admin deactivated the nutritionist's account: she cannot sign in or read.</param>
public sealed record MyLink(int Id, string NutritionistName, DateTimeOffset ConsentedAt, bool NutritionistDeactivated = false);
