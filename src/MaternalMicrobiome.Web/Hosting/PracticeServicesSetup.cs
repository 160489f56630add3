using MaternalMicrobiome.Web.Components.Pages.Clients;
using MaternalMicrobiome.Web.Components.Pages.Practice;
using MaternalMicrobiome.Web.Components.Pages.Reports;

namespace MaternalMicrobiome.Web.Hosting;

public static class PracticeServicesSetup
{
    /// <summary>The nutritionist practice: invites and consent, the roster, weekly reports.</summary>
    public static IServiceCollection AddPracticeServices(this IServiceCollection services)
    {
        services.AddScoped<ClientLinkService>();
        services.AddScoped<RosterService>();
        services.AddScoped<WeeklyReportService>();
        return services;
    }
}
