using System.Globalization;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>How prenatal nutrient amounts, statuses and sources read on Today, the week and the Evidence page.</summary>
public static class NutrientFormat
{
    /// <summary>
    /// An amount with its unit: two decimals under 10, one under 100, none above, rounded down so that a total short of
    /// its reference value never reads as the reference value (2.59 µg of 2.6 reads 2.59, not 2.6).
    /// </summary>
    public static string Amount(double value, string unit) => $"{Rounded(value).ToString(FormatOf(value), CultureInfo.InvariantCulture)} {unit}";

    /// <summary>The same rounding as <see cref="Amount"/> without the unit or thousands separator, as a CSV cell holds it.</summary>
    public static string Number(double value) => Rounded(value).ToString(FormatOf(value).Replace("#,", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int DecimalsOf(double value) => value >= 100 ? 0 : value >= 10 ? 1 : 2;

    private static string FormatOf(double value) => DecimalsOf(value) switch
    {
        0 => "#,0",
        1 => "0.#",
        _ => "0.##",
    };

    private static double Rounded(double value)
    {
        var factor = Math.Pow(10, DecimalsOf(value));
        return Math.Floor((value * factor) + 1e-9) / factor;
    }

    /// <summary>"600 µg RDA".</summary>
    public static string Reference(DailyReferenceValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"{Amount(value.Amount, value.Unit)} {value.KindAbbreviation}";
    }

    /// <summary>The known total, "at least" when some food had no value, or "unknown" when none had one (never 0).</summary>
    public static string Total(double? knownTotal, bool isAtLeast, NutrientStatus status, string unit) =>
        status == NutrientStatus.Unknown || knownTotal is null ? "unknown"
        : $"{(isAtLeast ? "at least " : string.Empty)}{Amount(knownTotal.Value, unit)}";

    public static string Status(NutrientStatus status) => status switch
    {
        NutrientStatus.Met => "met",
        NutrientStatus.Below => "missed",
        _ => "unknown",
    };

    /// <summary>How many of the 7 days a week's averages are over, and that the others are left out rather than counted as 0.</summary>
    public static string LoggedDays(int loggedDays) =>
        loggedDays == 0 ? "Nothing logged in these 7 days."
        : $"Averaged over the {(loggedDays == 1 ? "1 day" : $"{loggedDays} days")} with food logged, of 7; days with nothing logged are left out, not counted as 0.";

    /// <summary>"unknown for 2 foods".</summary>
    public static string UnknownFoods(int count) => count == 1 ? "unknown for 1 food" : $"unknown for {count} foods";

    /// <summary>"IOM 1998": short enough for a phone or a table cell; the authority alone when the reference is not loaded.</summary>
    public static string Source(DailyReferenceValue value, IReadOnlyDictionary<string, Reference> references)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(references);
        return references.TryGetValue(value.ReferenceKey, out var reference) ? $"{value.Authority} {ReferenceCitation.YearText(reference)}" : value.Authority;
    }

    /// <summary>The nutrient's entry on the Evidence page, with every stage's value and its reference.</summary>
    public static string EvidenceLink(PrenatalNutrient nutrient) => $"evidence#{EvidenceAnchor(nutrient)}";

    public static string EvidenceAnchor(PrenatalNutrient nutrient) => $"nutrient-{nutrient.ToString().ToLowerInvariant()}";
}
