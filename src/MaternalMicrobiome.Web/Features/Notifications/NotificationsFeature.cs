namespace MaternalMicrobiome.Web.Features.Notifications;

/// <summary>Mail when a comment arrives or a link ends, and the switches for it on her profile.</summary>
public static class NotificationsFeature
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services) => services
        .AddScoped<NotificationSettingsService>()
        .AddScoped<NotificationMails>();
}
