using System.Globalization;

namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>
/// How a reference opens where it is shown. An unverified source that exists only as the seed article's claim opens with
/// that claim, so it is never shown as if it were an authored, dated source.
/// </summary>
public static class ReferenceCitation
{
    /// <summary>Shown for <see cref="Reference.Year"/> 0: an agency page whose publication date is unknown.</summary>
    public const string Undated = "n.d.";

    public static bool IsArticleClaim(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Status == EvidenceStatus.Unverified && !string.IsNullOrWhiteSpace(reference.ArticleCitation);
    }

    public static string YearText(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Year > 0 ? reference.Year.ToString(CultureInfo.InvariantCulture) : Undated;
    }

    /// <summary>"Authors (year)", or for the article's claim "Cited by the article as: …" followed by what was found.</summary>
    public static string Lead(Reference reference)
    {
        var authored = $"{reference.Authors} ({YearText(reference)})";
        return IsArticleClaim(reference)
            ? $"Cited by the article as: {reference.ArticleCitation!.TrimEnd('.')}. What could be found: {authored}"
            : authored;
    }
}
