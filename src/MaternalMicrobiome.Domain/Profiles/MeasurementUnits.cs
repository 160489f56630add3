namespace MaternalMicrobiome.Domain.Profiles;

public enum MeasurementUnits
{
    Metric = 0,

    /// <summary>US household measures: ounces and fluid ounces beside grams and millilitres.</summary>
    UsCustomary = 1,
}
