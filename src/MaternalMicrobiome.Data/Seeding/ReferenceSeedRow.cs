namespace MaternalMicrobiome.Data.Seeding;

/// <summary>One object of seeds/references.json.</summary>
public sealed record ReferenceSeedRow(
    string Key,
    string Authors,
    int Year,
    string Title,
    string Source,
    string? Doi,
    string? Url,
    string Status,
    string StudyType,
    string Finding,
    string? Caveat,
    string? ArticleCitation);
