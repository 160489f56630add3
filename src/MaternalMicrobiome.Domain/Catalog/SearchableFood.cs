namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>What the search index needs to know of a food.</summary>
/// <param name="OwnerId">Who owns a private custom food or recipe (a mother, or a nutritionist's library); null for the shared catalog.</param>
public sealed record SearchableFood(int Id, string Name, IReadOnlyList<string> Synonyms, string FoodGroup, int NovaGroup = 1, string? OwnerId = null);
