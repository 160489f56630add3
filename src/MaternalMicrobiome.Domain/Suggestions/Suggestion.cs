using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Suggestions;

/// <summary>A food to add, how much, what it would close ("+7 g fiber, 1 new plant, prebiotic") and the score gain.</summary>
public sealed record Suggestion(Food Food, double Grams, string? PortionDescription, double PortionCount, IReadOnlyList<string> Reasons, int ScoreGain)
{
    public string Explanation => string.Join(", ", Reasons);
}
