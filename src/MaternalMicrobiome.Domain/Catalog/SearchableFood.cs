namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>What the search index needs to know of a food.</summary>
public sealed record SearchableFood(int Id, string Name, IReadOnlyList<string> Synonyms, string FoodGroup);
