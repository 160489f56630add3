using MaternalMicrobiome.Web.Components.Pages.Clients;
using MaternalMicrobiome.Web.Components.Pages.Comments;
using MaternalMicrobiome.Web.Components.Pages.Targets;

namespace MaternalMicrobiome.Web.Hosting;

public static class ClientReviewServicesSetup
{
    /// <summary>Client review (a nutritionist reading a linked client), comments and client targets.</summary>
    public static IServiceCollection AddClientReviewServices(this IServiceCollection services)
    {
        services.AddScoped<ClientReviewService>();
        services.AddScoped<CommentService>();
        services.AddScoped<ClientTargetService>();
        return services;
    }
}
