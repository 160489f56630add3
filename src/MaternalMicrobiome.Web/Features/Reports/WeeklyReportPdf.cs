using System.Globalization;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Components.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>The weekly report as an A4 PDF: plain text blocks and a day table, wrapped and paged as needed.</summary>
public sealed class WeeklyReportPdf : IDisposable
{
    private const double Margin = 50;
    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush Muted = XBrushes.DimGray;

    private readonly PdfDocument document = new();
    private readonly XFont title;
    private readonly XFont heading;
    private readonly XFont body;
    private readonly XFont small;
    private PdfPage? page;
    private XGraphics? graphics;
    private double y;

    private WeeklyReportPdf()
    {
        ReportFontResolver.EnsureInstalled();
        title = new XFont(ReportFontResolver.FamilyName, 18, XFontStyleEx.Bold);
        heading = new XFont(ReportFontResolver.FamilyName, 13, XFontStyleEx.Bold);
        body = new XFont(ReportFontResolver.FamilyName, 10);
        small = new XFont(ReportFontResolver.FamilyName, 8.5);
    }

    private double Width => page!.Width.Point - (2 * Margin);

    private double Bottom => page!.Height.Point - Margin;

    public static byte[] Render(WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var pdf = new WeeklyReportPdf();
        return pdf.Write(report);
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private byte[] Write(WeeklyReport report)
    {
        document.Info.Title = $"Weekly report: {report.ClientName}, {WeeklyReportText.Period(report)}";
        document.Info.Author = report.Practitioner.NameWithCredentials;
        document.Info.Creator = "Nourishing Two";
        NewPage();

        Header(report);
        DailyScores(report);
        Adherence(report);
        Plants(report);
        PrenatalNutrients(report);
        Warnings(report);
        CheckIns(report);
        Recommendations(report);
        Comments(report);
        References(report);

        graphics?.Dispose();
        graphics = null;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private void Header(WeeklyReport report)
    {
        Text($"Weekly report: {report.ClientName}", title, Ink);
        Text(WeeklyReportText.Period(report), body, Ink);
        Text(WeeklyReportText.Stage(report.Stage), body, Ink);
        Text($"Prepared by {report.Practitioner.NameWithCredentials}"
            + (report.Practitioner.PracticeName is { } practice ? $" · {practice}" : string.Empty), body, Ink);
        Text(WeeklyReportText.Produced(report), body, Muted);
        Text($"Average score: {WeeklyReportText.Average(report)}", body, Ink);
        Gap();
    }

    private void DailyScores(WeeklyReport report)
    {
        Heading("Daily scores");
        Table(
            [("Day", 0.22), ("Score", 0.14), ("Fiber", 0.16), ("Fermented", 0.16), ("Plants (7 d)", 0.16), ("Targets met", 0.16)],
            report.Days.Select(d => new[]
            {
                WeeklyReportText.Day(d),
                WeeklyReportText.Score(d),
                WeeklyReportText.Fiber(d),
                WeeklyReportText.Value(d, Metric.FermentedServings),
                WeeklyReportText.Value(d, Metric.PlantsPerWeek),
                WeeklyReportText.TargetsMet(d),
            }));
        Text("A day she logged nothing is blank, not 0.", small, Muted);
        Gap();
    }

    private void Adherence(WeeklyReport report)
    {
        Heading("Adherence: days each target was met");
        foreach (var target in report.Adherence)
        {
            Text($"{target.Title}: {target.DaysMet} of {target.Days} days ({target.Percent}%)", body, Ink);
        }

        Gap();
    }

    private void Plants(WeeklyReport report)
    {
        Heading($"Plants of the week: {WeeklyReportText.Number(report.PlantTotal)} of {WeeklyReportText.Number(report.PlantTarget)}");
        Text(report.Plants.Count == 0 ? "No plants logged this week." : string.Join("; ", report.Plants.Select(p => p.FoodNames)), body, Ink);
        Gap();
    }

    /// <summary>
    /// Each prenatal nutrient's daily average over the logged days against the RDA/AI of her stage, with its source's
    /// number in the references; an average nothing is known for prints "unknown", never 0.
    /// </summary>
    private void PrenatalNutrients(WeeklyReport report)
    {
        Heading("Prenatal nutrients");
        Text(WeeklyReportText.PrenatalLoggedDays(report), body, Ink);
        if (report.PrenatalNutrients.LoggedDays > 0)
        {
            Table(
                [("Nutrient", 0.22), ("Daily average", 0.26), ("RDA/AI", 0.2), ("Status", 0.14), ("Source", 0.18)],
                report.PrenatalNutrients.Averages.Select(a => new[]
                {
                    Domain.Nutrients.PrenatalNutrients.Name(a.Nutrient),
                    NutrientFormat.Total(a.AverageKnownTotal, a.IsAtLeast, a.Status, a.Reference.Unit),
                    NutrientFormat.Reference(a.Reference),
                    NutrientFormat.Status(a.Status),
                    report.Source(a.Reference),
                }));
        }

        Text(WeeklyReportText.PrenatalUnknowns, small, Muted);
        Gap();
    }

    private void Warnings(WeeklyReport report)
    {
        Heading("Safety warnings");
        if (report.Warnings.Count == 0)
        {
            Text("None this week.", body, Ink);
        }

        foreach (var warning in report.Warnings)
        {
            Text(WeeklyReportText.Warning(warning), body, Ink);
        }

        Gap();
    }

    private void CheckIns(WeeklyReport report)
    {
        Heading("Check-ins");
        foreach (var line in WeeklyReportText.CheckInLines(report.CheckIns))
        {
            Text(line, body, Ink);
        }

        Gap();
    }

    private void Recommendations(WeeklyReport report)
    {
        Heading("Recommendations");
        Text(report.Recommendations ?? "No recommendations written for this week.", body, report.Recommendations is null ? Muted : Ink);
        Text($"— {report.Practitioner.NameWithCredentials}", small, Muted);
        Gap();
    }

    private void Comments(WeeklyReport report)
    {
        Heading("Comments");
        if (report.Comments.Count == 0)
        {
            Text("No comments this week.", body, Ink);
        }

        foreach (var comment in report.Comments)
        {
            Text($"{comment.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)} · {comment.AuthorName}{(comment.Resolved ? " · resolved" : string.Empty)}", small, Muted);
            Text(comment.Text, body, Ink);
        }

        Gap();
    }

    private void References(WeeklyReport report)
    {
        Heading("References");
        Text("The sources of this week's targets, prenatal reference values and warnings, numbered as cited above, with how far each can be trusted as cited.", small, Muted);
        foreach (var reference in report.References)
        {
            Text($"{report.Citation(reference.Key)} {WeeklyReportText.Reference(reference)}", small, Ink);
        }

        Gap();
        Text("This report supports, and does not replace, the advice of her midwife or doctor.", small, Muted);
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void Gap() => y += 8;

    private void Heading(string text)
    {
        // A heading never sits alone at the foot of a page.
        if (y + (heading.Height * 3) > Bottom)
        {
            NewPage();
        }

        Text(text, heading, Ink);
        y += 2;
    }

    /// <summary>Writes wrapped lines at the current position, starting a new page whenever one is full.</summary>
    private void Text(string text, XFont font, XBrush brush)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            if (y + font.Height > Bottom)
            {
                NewPage();
            }

            graphics!.DrawString(line, font, brush, new XRect(Margin, y, Width, font.Height), XStringFormats.TopLeft);
            y += font.Height * 1.15;
        }
    }

    private void Table(IReadOnlyList<(string Title, double Share)> columns, IEnumerable<string[]> rows)
    {
        void Row(IReadOnlyList<string> cells, XFont font)
        {
            if (y + font.Height > Bottom)
            {
                NewPage();
            }

            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                var width = Width * columns[i].Share;
                graphics!.DrawString(cells[i], font, Ink, new XRect(x, y, width - 4, font.Height), XStringFormats.TopLeft);
                x += width;
            }

            y += font.Height * 1.3;
        }

        Row(columns.Select(c => c.Title).ToList(), small);
        graphics!.DrawLine(XPens.Gray, Margin, y - 2, Margin + Width, y - 2);
        foreach (var row in rows)
        {
            Row(row, body);
        }
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && graphics!.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            yield return line;
        }
    }
}
