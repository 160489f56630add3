namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>Recommendations a nutritionist wrote on one of her report weeks, as the mother reads them.</summary>
public sealed record MyRecommendation(DateOnly WeekStart, string NutritionistName, string Text);
