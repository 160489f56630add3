namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>
/// The strength of the evidence behind a target, shown to the user beside it. Stored as an int: append new values at the
/// end so stored numbers keep their meaning.
/// </summary>
public enum EvidenceGrade
{
    Guideline = 0,
    Trial = 1,
    Observational = 2,
    Heuristic = 3,

    /// <summary>The number is the app's own choice: sources inform it, but none tested or recommends it.</summary>
    AppChoice = 4,
}
