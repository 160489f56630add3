using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Domain.Suggestions;

/// <summary>A food to add, how much, what it would close ("+7 g fiber, 1 new plant, prebiotic") and the score gain.</summary>
public sealed record Suggestion(Food Food, double Grams, string? PortionDescription, double PortionCount, IReadOnlyList<string> Reasons, int ScoreGain)
{
    /// <summary>
    /// The prenatal nutrients the day misses that this food adds to (<see cref="PrenatalGapCloser"/>), each with a known
    /// value; empty for a gut-health suggestion.
    /// </summary>
    public IReadOnlyList<PrenatalNutrient> MissedNutrients { get; init; } = [];

    public string Explanation => string.Join(", ", Reasons);
}
