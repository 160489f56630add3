namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>The strength of the evidence behind a target, shown to the user beside it.</summary>
public enum EvidenceGrade
{
    Guideline = 0,
    Trial = 1,
    Observational = 2,
    Heuristic = 3,
}
