namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>The plant colour groups counted by the colours target (a heuristic; see docs/scoring.md).</summary>
[Flags]
public enum PlantColours
{
    None = 0,
    RedOrange = 1,
    Yellow = 2,
    Green = 4,
    BluePurple = 8,
    WhiteTan = 16,
}
