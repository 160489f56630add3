namespace MaternalMicrobiome.Domain.Suggestions;

/// <summary>How much of a food a suggestion proposes: grams, and the household portion they are when there is one.</summary>
/// <param name="Description">The USDA household portion ("1 cup"), or null when the amount is the catalog's serving in grams.</param>
/// <param name="Count">How many of that portion: 1, or 0 without a portion.</param>
public sealed record SuggestedPortion(double Grams, string? Description, double Count);
