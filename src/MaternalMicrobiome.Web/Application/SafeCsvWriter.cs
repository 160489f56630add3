using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The one way the app writes CSV. A cell a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return) gets a leading single quote, CsvHelper's <see cref="InjectionOptions.Escape"/>
/// (OWASP's advice), so <c>=HYPERLINK(...)</c> in a food name shows as text. A cell that already starts with the quote
/// is escaped too, so <see cref="Unescape"/> can undo exactly what was escaped and the admin import reads its own
/// export back unchanged. Plain numbers such as <c>-1.5</c> are left alone: they stay numbers in the spreadsheet.
/// </summary>
public sealed partial class SafeCsvWriter(TextWriter writer, bool leaveOpen = false) : CsvWriter(writer, Settings, leaveOpen)
{
    public const char EscapeCharacter = '\'';

    private static readonly char[] EscapedStarts = ['=', '+', '-', '@', '\t', '\r', EscapeCharacter];

    private static readonly CsvConfiguration Settings = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = EscapedStarts,
        InjectionEscapeCharacter = EscapeCharacter,
    };

    /// <summary>A cell as read back from a file this writer wrote: the escaping quote, and only it, removed.</summary>
    public static string? Unescape(string? cell) =>
        cell is [EscapeCharacter, var next, ..] && EscapedStarts.Contains(next) ? cell[1..] : cell;

    protected override string? SanitizeForInjection(string? field) =>
        field is not null && PlainNumber().IsMatch(field) ? field : base.SanitizeForInjection(field);

    /// <summary>A number as <c>ToString(CultureInfo.InvariantCulture)</c> writes it: no letters, no operators inside.</summary>
    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
