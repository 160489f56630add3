namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>A plant species eaten in the week: the foods it came from, and whether today brought it in new.</summary>
public sealed record WeekPlant(string Species, IReadOnlyList<string> FoodNames, double Points, DateOnly FirstEaten, bool IsNewToday);
