namespace MaternalMicrobiome.Data.Seeding;

/// <summary>A seed file that cannot be loaded, with the file and line at fault.</summary>
public sealed class SeedException : Exception
{
    public SeedException(string message)
        : base(message)
    {
    }

    public SeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SeedException()
    {
    }
}
