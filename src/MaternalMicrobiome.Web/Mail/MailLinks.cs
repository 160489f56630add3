using Microsoft.AspNetCore.Components;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// The base of the links in mail, for the page or circuit asking: <see cref="PublicAddress"/> with the address she used
/// (Development only). A scope with no page (a test's service scope) has no such address, so only the configured one counts.
/// </summary>
public sealed class MailLinks(PublicAddress publicAddress, NavigationManager navigation, ILogger<MailLinks> logger)
{
    /// <summary>The base (with a trailing slash), or null (logged for <paramref name="kind"/>) when links cannot be made.</summary>
    public Uri? BaseOrLog(string kind)
    {
        var root = publicAddress.BaseFor(RequestBase());
        if (root is null)
        {
            MailLog.NoPublicBaseUrl(logger, kind);
        }

        return root;
    }

    private string? RequestBase()
    {
        try
        {
            return navigation.BaseUri;
        }
        catch (InvalidOperationException)
        {
            // Not a page: the navigation manager was never initialised.
            return null;
        }
    }
}
