using System.Text.RegularExpressions;

namespace MaternalMicrobiome.MailCapture;

/// <summary>One message the capture server received, as a reader sees it.</summary>
public sealed partial record CapturedMail(
    DateTimeOffset ReceivedAt,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string Text,
    string? Html)
{
    /// <summary>The web links in the plain-text body, in order: what a reader would click.</summary>
    public IReadOnlyList<Uri> Links => WebLink().Matches(Text)
        .Select(m => Uri.TryCreate(m.Value, UriKind.Absolute, out var uri) ? uri : null)
        .OfType<Uri>()
        .ToList();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex WebLink();
}
