namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>
/// Someone else (her nutritionist, or the mother in another tab) saved the plan after this editor loaded it. Nothing
/// was saved; the page reloads the plan and keeps the user's input so she can apply it again.
/// </summary>
public sealed class PlanConflictException : Exception
{
    public const string DefaultMessage =
        "Someone else changed this plan while you were editing it. Your change was not saved; the plan now shows their change, so check it and try again.";

    public PlanConflictException()
        : base(DefaultMessage)
    {
    }

    public PlanConflictException(string message)
        : base(message)
    {
    }

    public PlanConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
