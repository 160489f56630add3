namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>The codes of <see cref="EvidenceStatus"/> in seed files and on screen.</summary>
public static class EvidenceStatusCodes
{
    private static readonly Dictionary<string, EvidenceStatus> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["peer-reviewed"] = EvidenceStatus.PeerReviewed,
        ["guideline"] = EvidenceStatus.Guideline,
        ["citation-corrected"] = EvidenceStatus.CitationCorrected,
        ["unverified"] = EvidenceStatus.Unverified,
    };

    public static bool TryParse(string? code, out EvidenceStatus status) => ByCode.TryGetValue(code ?? string.Empty, out status);

    public static string Format(EvidenceStatus status) => ByCode.First(pair => pair.Value == status).Key;

    public static string Describe(EvidenceStatus status) => status switch
    {
        EvidenceStatus.PeerReviewed => "Peer-reviewed",
        EvidenceStatus.Guideline => "Guideline",
        EvidenceStatus.CitationCorrected => "Citation corrected",
        _ => "Unverified",
    };
}
