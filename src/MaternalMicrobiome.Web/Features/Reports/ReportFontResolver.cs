using PdfSharp.Fonts;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>
/// PDFsharp on Linux finds no system fonts by itself. The report uses DejaVu Sans, embedded in this assembly
/// (Fonts/DejaVuSans.ttf, free licence beside it), so it renders the same on a bare server; bold is simulated.
/// </summary>
public sealed class ReportFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    private const string FaceName = "DejaVuSans";
    private const string ResourceName = "MaternalMicrobiome.Web.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<byte[]> FontBytes = new(() =>
    {
        using var stream = typeof(ReportFontResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private static readonly Lock InstallLock = new();

    /// <summary>PDFsharp's font resolver is process-wide and may be set only once.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not ReportFontResolver)
            {
                GlobalFontSettings.FontResolver = new ReportFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    public byte[]? GetFont(string faceName) => faceName == FaceName ? FontBytes.Value : null;
}
