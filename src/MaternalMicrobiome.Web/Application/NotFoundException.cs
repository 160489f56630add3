namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// No such thing for this user. Also thrown for another user's data, so that its existence never leaks. Maps to 404.
/// </summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("Not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
