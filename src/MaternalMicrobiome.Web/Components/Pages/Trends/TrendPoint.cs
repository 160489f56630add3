namespace MaternalMicrobiome.Web.Components.Pages.Trends;

/// <summary>One day of the trend charts.</summary>
public sealed record TrendPoint(DateOnly Date, bool HasEntries, double Fiber, double FermentedServings, double PlantsThisWeek, int Overall, double WaterMillilitres);
