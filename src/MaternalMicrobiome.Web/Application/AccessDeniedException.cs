namespace MaternalMicrobiome.Web.Application;

/// <summary>The signed-in user (or nobody) may not do this. Maps to 403 (or a sign-in redirect).</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
        : base("You do not have access to this.")
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
