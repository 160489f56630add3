namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>
/// Someone else saved the food after this editor loaded it. <see cref="Current"/> holds what is saved now (with its
/// version), so the editor can show it next to the admin's unsaved input and let her reload or overwrite consciously.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public const string DefaultMessage = "Someone else saved this food while you were editing.";

    public ConcurrencyConflictException()
        : base(DefaultMessage)
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyConflictException(FoodEditRequest current, Exception? innerException = null)
        : base(DefaultMessage, innerException)
    {
        Current = current;
    }

    /// <summary>The food as it is saved now; its <see cref="FoodEditRequest.Version"/> is the one to overwrite.</summary>
    public FoodEditRequest? Current { get; }
}
