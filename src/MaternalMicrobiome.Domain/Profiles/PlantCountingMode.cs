namespace MaternalMicrobiome.Domain.Profiles;

public enum PlantCountingMode
{
    /// <summary>Each distinct species counts 1, as the American Gut question that the 30 comes from.</summary>
    Species = 0,

    /// <summary>Herbs and spices count 1/4 (a popular convention with weak sourcing).</summary>
    PlantPoints = 1,
}
