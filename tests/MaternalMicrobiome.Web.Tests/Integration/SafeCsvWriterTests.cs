using System.Globalization;
using System.Text;
using CsvHelper;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The one CSV writer: formula-looking text gets a leading quote, numbers stay numbers, and reading undoes it exactly.</summary>
public sealed class SafeCsvWriterTests
{
    public static TheoryData<string, string> Escaped { get; } = new()
    {
        { "=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")" },
        { "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0" },
        { "-2+3", "'-2+3" },
        { "@SUM(1)", "'@SUM(1)" },
        { "\t=1+1", "'\t=1+1" },
        { "\r=1+1", "'\r=1+1" },
        { "=1,2", "'=1,2" },
        { "'already quoted", "''already quoted" },
        { "-Infinity", "'-Infinity" },
    };

    public static TheoryData<string> Untouched { get; } = ["-1", "-1.5", "+2", "1E-05", "-0.25e+3", "Lentils, cooked", "2026-12-03", "1 cup=240", ""];

    [Theory]
    [MemberData(nameof(Escaped))]
    public void A_cell_a_spreadsheet_would_run_starts_with_a_quote_and_reads_back_unchanged(string value, string cell)
    {
        var written = ReadCell(Write(value));

        Assert.Equal(cell, written);
        Assert.Equal(value, SafeCsvWriter.Unescape(written));
    }

    [Theory]
    [MemberData(nameof(Untouched))]
    public void Numbers_and_ordinary_text_are_written_as_they_are(string value)
    {
        var written = ReadCell(Write(value));

        Assert.Equal(value, written);
        Assert.Equal(value, SafeCsvWriter.Unescape(written));
    }

    [Fact]
    public void Typed_negative_numbers_stay_numbers()
    {
        var builder = new StringBuilder();
        using (var csv = new SafeCsvWriter(new StringWriter(builder, CultureInfo.InvariantCulture)))
        {
            csv.WriteField(-1.5);
            csv.WriteField(-3);
            csv.NextRecord();
        }

        Assert.Equal("-1.5,-3", builder.ToString().TrimEnd());
    }

    [Fact]
    public void No_CSV_is_written_without_the_safe_writer()
    {
        // Every CsvWriter in the app must be this one, or a new export could write formulas raw again.
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src"));
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("new CsvWriter(", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(Directory.Exists(source), source);
        Assert.Empty(offenders);
    }

    private static string Write(string value)
    {
        var builder = new StringBuilder();
        using (var csv = new SafeCsvWriter(new StringWriter(builder, CultureInfo.InvariantCulture)))
        {
            csv.WriteField(value);
            csv.WriteField("next");
            csv.NextRecord();
        }

        return builder.ToString();
    }

    private static string ReadCell(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        Assert.Equal("next", csv.GetField(1));
        return csv.GetField(0)!;
    }
}
