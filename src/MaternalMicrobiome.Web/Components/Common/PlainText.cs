using System.Globalization;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>
/// Rules for text people type or paste. PostgreSQL cannot store NUL and no database can store half of a surrogate pair,
/// so such text is refused with a message naming the field instead of failing at SaveChanges (on one provider only).
/// Other control characters (bell, escape) are never meant; tabs and line breaks are.
/// </summary>
public static class PlainText
{
    /// <summary>True for null and for text without control characters (except tab and line breaks) or broken UTF-16.</summary>
    public static bool IsClean(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the text shows something: not only spaces and invisible format characters (zero-width space).</summary>
    public static bool HasVisible(string? text) =>
        text is not null && text.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format);

    public static string Message(string label) => $"{label} must not contain control characters (such as NUL) or broken Unicode.";
}
