namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>How an <see cref="EvidenceGrade"/> reads on screen (the enum's names are not words a mother reads).</summary>
public static class EvidenceGrades
{
    public static string Describe(EvidenceGrade grade) => grade switch
    {
        EvidenceGrade.Guideline => "guideline",
        EvidenceGrade.Trial => "trial",
        EvidenceGrade.Observational => "observational",
        EvidenceGrade.Heuristic => "heuristic",
        EvidenceGrade.AppChoice => "the app's own choice",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown evidence grade."),
    };
}
