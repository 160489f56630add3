using System.Globalization;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>
/// An amount as a mother types it. The comma is a decimal mark as much as the dot ("1,5" and "1.5" are both 1.5):
/// parsing "1,5" with the invariant culture's thousands separator stored 15, a tenfold error. A comma or dot followed
/// by exactly three digits ("1,500", "2.250") could be a thousands separator or a decimal mark, so it is refused
/// with a message rather than guessed: a thousandfold error is worse than a second try. "0,250" and "0.250" are not
/// ambiguous (no thousands group starts at 0) and read as 0.25.
/// </summary>
public static class AmountText
{
    public static bool TryParse(string? text, out double amount, out string? error)
    {
        amount = 0;
        error = null;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = "Amount: enter how much, for example 1 or 1.5.";
            return false;
        }

        var separators = trimmed.Count(c => c is ',' or '.');
        var separatorAt = trimmed.IndexOfAny([',', '.']);
        var digitsOnly = trimmed.All(c => c is >= '0' and <= '9' or ',' or '.');
        if (!digitsOnly || separators > 1 || separatorAt == 0 || separatorAt == trimmed.Length - 1)
        {
            error = $"Amount: \"{Shown(trimmed)}\" is not a number. Use digits with one decimal mark, for example 1.5 or 1,5.";
            return false;
        }

        if (separatorAt > 0)
        {
            var whole = trimmed[..separatorAt];
            var fraction = trimmed[(separatorAt + 1)..];
            if (fraction.Length == 3 && whole.TrimStart('0').Length > 0)
            {
                var thousands = whole + fraction;
                var decimalReading = whole + "." + fraction;
                error = $"Amount: \"{Shown(trimmed)}\" could mean {Shown(decimalReading)} or {Shown(thousands)}. Write it without the separator or with fewer decimals.";
                return false;
            }

            trimmed = whole + "." + fraction;
        }

        if (!double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount) || !double.IsFinite(amount))
        {
            amount = 0;
            error = $"Amount: \"{Shown(trimmed)}\" is not a number.";
            return false;
        }

        return true;
    }

    /// <summary>How an amount is put back in the field: at most two decimals, a dot, no grouping.</summary>
    public static string Show(double amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    // Echo a short, printable part of what she typed; never a long or control-character string.
    private static string Shown(string text)
    {
        var printable = new string(text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).Take(20).ToArray());
        return printable.Length < text.Length ? printable + "…" : printable;
    }
}
