namespace MaternalMicrobiome.Domain.Profiles;

public enum FeedingMode
{
    Exclusive = 0,
    Partial = 1,
}
