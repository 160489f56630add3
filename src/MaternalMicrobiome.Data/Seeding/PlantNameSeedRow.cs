using CsvHelper.Configuration.Attributes;

namespace MaternalMicrobiome.Data.Seeding;

/// <summary>One line of seeds/plant-species.csv.</summary>
public sealed class PlantNameSeedRow
{
    [Name("key")] public string Key { get; set; } = string.Empty;
    [Name("common_name")] public string CommonName { get; set; } = string.Empty;
}
