namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>The signed-in mother's current link to a nutritionist.</summary>
public sealed record MyLink(int Id, string NutritionistName, DateTimeOffset ConsentedAt);
