namespace MaternalMicrobiome.Domain.Practice;

/// <summary>What a comment is about.</summary>
public enum CommentSubject
{
    Day = 0,
    Plan = 1,
    Entry = 2,
}
