namespace MaternalMicrobiome.Domain.Scoring;

public enum TargetDirection
{
    AtLeast = 0,
    AtMost = 1,
}
