namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>How far a reference can be trusted as cited.</summary>
public enum EvidenceStatus
{
    PeerReviewed = 0,
    Guideline = 1,

    /// <summary>The paper exists, but the seed article cited it wrongly; the record holds the correction.</summary>
    CitationCorrected = 2,

    /// <summary>No such published source could be found.</summary>
    Unverified = 3,
}
