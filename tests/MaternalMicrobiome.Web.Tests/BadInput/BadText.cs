namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The hostile and unusual text of the corpus, in one place so every surface gets the same.</summary>
public static class BadText
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImageOnError = "<img src=x onerror=alert(1)>";
    public const string JavaScriptUrl = "javascript:alert(1)";
    public const string AttributeBreakout = "\"><svg onload=alert(1)>";
    public const string Sql = "'; DROP TABLE Foods;--";
    public const string Nul = "Kefir\0with NUL";
    public const string Bell = "Kefir\u0007bell";
    public const string Escape = "Kefir\u001B[31mred";
    public const string LoneSurrogate = "Kefir \uD83D alone";
    public const string ZeroWidthOnly = "\u200B\u200C\u200D";
    public const string Rtl = "\u202Eإفطار\u202C";
    public const string Emoji = "🥣🫘🥬 bowl 👩‍🍼";
    public const string Combining = "Ze\u0301\u0301\u0301\u0301bra cake";

    /// <summary>Accepted, and must be shown back as text (encoded), never as markup.</summary>
    public static IReadOnlyList<string> Markup { get; } = [Script, ImageOnError, AttributeBreakout, JavaScriptUrl];

    /// <summary>Accepted and stored exactly.</summary>
    public static IReadOnlyList<string> Unusual { get; } = [Sql, Rtl, Emoji, Combining];

    public static string Repeated(int length) => new('x', length);

    /// <summary>Emoji are two UTF-16 units each: a limit of n characters is a limit of n units.</summary>
    public static string EmojiRun(int count) => string.Concat(Enumerable.Repeat("🥦", count));
}
