using System.Globalization;
using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>How a shopping item's amount reads: "about 3 × 1 medium (354 g)", in ounces and pounds for US measures.</summary>
public static class ShoppingQuantity
{
    public const double GramsPerOunce = 28.349523125;
    public const double OuncesPerPound = 16;

    public static string Weight(double grams, MeasurementUnits units)
    {
        if (units == MeasurementUnits.UsCustomary)
        {
            var ounces = grams / GramsPerOunce;
            return ounces >= OuncesPerPound
                ? string.Create(CultureInfo.InvariantCulture, $"{ounces / OuncesPerPound:0.#} lb")
                : string.Create(CultureInfo.InvariantCulture, $"{ounces:0.#} oz");
        }

        return grams >= 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{grams / 1000:0.##} kg")
            : string.Create(CultureInfo.InvariantCulture, $"{grams:0} g");
    }

    public static string Describe(ShoppingItem item, MeasurementUnits units)
    {
        ArgumentNullException.ThrowIfNull(item);
        var weight = Weight(item.Grams, units);
        return item.PortionDescription is { } portion && item.PortionCount > 0
            ? string.Create(CultureInfo.InvariantCulture, $"about {item.PortionCount:0.#} × {portion} ({weight})")
            : weight;
    }
}
