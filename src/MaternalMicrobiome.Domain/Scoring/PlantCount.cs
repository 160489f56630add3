using System.Globalization;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>Plants in whole and quarter plants, as the 30-plants convention counts them: 7¼, ½, ¾.</summary>
public static class PlantCount
{
    public static string Format(double plants)
    {
        var whole = Math.Floor(plants + 1e-9);
        var quarters = (int)Math.Round((plants - whole) * 4, MidpointRounding.AwayFromZero);
        if (quarters == 4)
        {
            (whole, quarters) = (whole + 1, 0);
        }

        var fraction = quarters switch { 1 => "¼", 2 => "½", 3 => "¾", _ => string.Empty };
        return whole == 0 && fraction.Length > 0 ? fraction : whole.ToString("0", CultureInfo.InvariantCulture) + fraction;
    }
}
