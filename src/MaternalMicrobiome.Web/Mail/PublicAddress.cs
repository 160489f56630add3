using Microsoft.Extensions.Options;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>Where links in mail point: <see cref="EmailOptions.PublicBaseUrl"/>, or in Development the address she used (when there is one).</summary>
public sealed class PublicAddress(IOptions<EmailOptions> options, IHostEnvironment environment)
{
    /// <summary>The base for links (with a trailing slash), or null when none may be used (outside Development, unset).</summary>
    public Uri? BaseFor(string? requestBaseUri)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured.TrimEnd('/') + "/", UriKind.Absolute);
        }

        return environment.IsDevelopment() && !string.IsNullOrEmpty(requestBaseUri) ? new Uri(requestBaseUri, UriKind.Absolute) : null;
    }
}
