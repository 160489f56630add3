namespace MaternalMicrobiome.Web.Features.Notifications;

/// <summary>Her two mail switches, as her profile shows and saves them.</summary>
public sealed class NotificationSettings
{
    /// <summary>A mail when the other side of a conversation comments.</summary>
    public bool OnComment { get; set; } = true;

    /// <summary>A mail when the other side ends the sharing link.</summary>
    public bool OnLinkEnd { get; set; } = true;
}
