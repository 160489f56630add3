using UglyToad.PdfPig;

namespace MaternalMicrobiome.Web.Tests.Practice;

/// <summary>A PDF's text as a reader sees it: one string per printed line (words on one baseline, left to right), all pages.</summary>
public static class ReportPdfText
{
    public static IReadOnlyList<string> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .SelectMany(page => page.GetWords()
                .GroupBy(word => Math.Round(word.BoundingBox.Bottom))
                .OrderByDescending(line => line.Key)
                .Select(line => string.Join(' ', line.OrderBy(word => word.BoundingBox.Left).Select(word => word.Text))))
            .ToList();
    }

    /// <summary>All the text on one line, so a sentence wrapped over two lines is still found.</summary>
    public static string Joined(byte[] pdf) => string.Join(' ', Lines(pdf));
}
