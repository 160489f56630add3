using MaternalMicrobiome.Domain.Evidence;

namespace MaternalMicrobiome.Web.Features.Admin.References;

/// <summary>Every field of a cited reference, as the admin editor sends it.</summary>
public sealed class ReferenceEditRequest
{
    public string Key { get; set; } = string.Empty;
    public string Authors { get; set; } = string.Empty;
    public int Year { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string? Doi { get; set; }
    public string? Url { get; set; }
    public EvidenceStatus Status { get; set; } = EvidenceStatus.PeerReviewed;
    public string StudyType { get; set; } = string.Empty;
    public string Finding { get; set; } = string.Empty;
    public string? Caveat { get; set; }
    public string? ArticleCitation { get; set; }
}
