using System.Globalization;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>How amounts read on screen: one decimal for small numbers, none for large, with the unit.</summary>
public static class Format
{
    public static string Amount(double value, string unit) => unit switch
    {
        "%" => $"{value.ToString("0", CultureInfo.InvariantCulture)}%",
        "plants" => Plants(value),
        "colours" => value.ToString(value % 1 == 0 ? "0" : "0.##", CultureInfo.InvariantCulture),
        "servings" => $"{value.ToString("0.#", CultureInfo.InvariantCulture)} {(Math.Abs(value - 1) < 0.05 ? "serving" : "servings")}",
        "mL" or "mg" => $"{value.ToString("#,0", CultureInfo.InvariantCulture)} {unit}",
        _ => $"{value.ToString(value >= 100 ? "#,0" : "0.#", CultureInfo.InvariantCulture)} {unit}",
    };

    /// <summary>Plants in whole and quarter plants (<see cref="PlantCount"/>).</summary>
    public static string Plants(double value) => PlantCount.Format(value);

    public static string Target(TargetDefinition target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var prefix = target.Direction == TargetDirection.AtLeast ? "goal" : "limit";
        var stretch = target.StretchValue is { } s ? $", stretch {Amount(s, target.Unit)}" : string.Empty;
        return $"{prefix} {Amount(target.Value, target.Unit)}{stretch}";
    }

    /// <summary>A target's actual value, rounded so it never looks met when it is not (<see cref="ShownAmount"/>).</summary>
    public static string Actual(TargetResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var definition = result.Definition;
        return Amount(ShownAmount.Rounded(result.Actual, definition.Direction, definition.Unit, result.Met), definition.Unit);
    }

    /// <summary>Grams, with ounces beside them for a mother who chose US measures.</summary>
    public static string Weight(double grams, MeasurementUnits units) =>
        units == MeasurementUnits.UsCustomary
            ? $"{Grams(grams)} ({(grams / 28.3495).ToString("0.#", CultureInfo.InvariantCulture)} oz)"
            : Grams(grams);

    public static string Grams(double grams) => $"{grams.ToString(grams >= 100 ? "#,0" : "0.#", CultureInfo.InvariantCulture)} g";

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
