namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>The weekly report (page, PDF, CSV) and its recommendations.</summary>
public static class ReportsFeature
{
    public static IServiceCollection AddReportsFeature(this IServiceCollection services) => services
        .AddScoped<WeeklyReportService>()
        .AddScoped<WeeklyRecommendationService>();
}
