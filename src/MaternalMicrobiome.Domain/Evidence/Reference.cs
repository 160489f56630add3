namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>A cited source. Targets, warnings and badges point at references by <see cref="Key"/>.</summary>
public sealed class Reference
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Authors { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public required string Source { get; set; }
    public string? Doi { get; set; }
    public string? Url { get; set; }
    public EvidenceStatus Status { get; set; }
    public required string StudyType { get; set; }
    public required string Finding { get; set; }
    public string? Caveat { get; set; }

    /// <summary>How the seed article cited it, where that differs from the real paper.</summary>
    public string? ArticleCitation { get; set; }

    public string? SeedHash { get; set; }
    public bool EditedLocally { get; set; }

    public string? Link => Doi is { Length: > 0 } doi ? $"https://doi.org/{doi}" : Url;
}
