using System.Text.RegularExpressions;

namespace MaternalMicrobiome.Web.Features.Admin.References;

/// <summary>
/// DOIs as stored: the bare <c>10.prefix/suffix</c>. People paste them as <c>doi:10.…</c> or as a doi.org link, so
/// those prefixes are stripped before the DOI is checked and saved.
/// </summary>
public static partial class ReferenceDoi
{
    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"];

    [GeneratedRegex(@"^10\.\d{4,9}/[-._;()/:A-Za-z0-9]+$")]
    public static partial Regex Pattern();

    /// <summary>The DOI without a <c>doi:</c> or doi.org prefix and surrounding spaces; null when blank.</summary>
    public static string? Normalize(string? doi)
    {
        if (string.IsNullOrWhiteSpace(doi))
        {
            return null;
        }

        var text = doi.Trim();
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].Trim();
                break;
            }
        }

        return text;
    }

    /// <summary>True for a DOI such as <c>10.1016/j.cell.2021.06.019</c>, with or without a prefix.</summary>
    public static bool IsValid(string? doi) => Normalize(doi) is { } bare && Pattern().IsMatch(bare);
}
