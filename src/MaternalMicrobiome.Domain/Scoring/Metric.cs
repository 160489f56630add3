namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>What a target measures. The order is the order targets are shown in.</summary>
public enum Metric
{
    Fiber = 0,
    FermentedServings = 1,
    PlantsPerDay = 2,
    PlantsPerWeek = 3,
    PrebioticServings = 4,
    PlantColours = 5,
    BeverageWater = 6,
    AddedSugar = 7,
    Caffeine = 8,
    UltraProcessedShare = 9,
}
