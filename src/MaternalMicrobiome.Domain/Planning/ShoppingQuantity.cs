using System.Globalization;
using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// How a shopping item's amount reads: "3 × 1 medium (354 g)", "300 g dry (750 g cooked)", "1.2 L"; ounces, pounds
/// and fluid ounces for US measures.
/// </summary>
public static class ShoppingQuantity
{
    public const double GramsPerOunce = 28.349523125;
    public const double OuncesPerPound = 16;
    public const double MillilitresPerFluidOunce = 29.5735295625;

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

    public static string Volume(double litres, MeasurementUnits units) => units == MeasurementUnits.UsCustomary
        ? string.Create(CultureInfo.InvariantCulture, $"{litres * 1000 / MillilitresPerFluidOunce:0.#} fl oz")
        : string.Create(CultureInfo.InvariantCulture, $"{litres:0.##} L");

    public static string Describe(ShoppingItem item, MeasurementUnits units)
    {
        ArgumentNullException.ThrowIfNull(item);
        var buy = item.Buy;
        return buy.Unit switch
        {
            BuyingUnit.DryWeight => $"{Weight(buy.Amount, units)} dry ({Weight(buy.PlannedGrams, units)} cooked)",
            BuyingUnit.Litres => Volume(buy.Amount, units),
            BuyingUnit.Items => string.Create(CultureInfo.InvariantCulture, $"{buy.Amount:0} × {buy.Portion} ({Weight(buy.PlannedGrams, units)})"),
            _ => Weight(buy.Amount, units),
        };
    }
}
