namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>
/// "Apply template": one of the caller's templates, the client it is for (null for a mother's own plan) and the week.
/// Her plan of that week for that client is filled, or a new plan is created.
/// </summary>
public sealed class ApplyTemplateRequest
{
    public int TemplateId { get; set; }
    public string? ClientId { get; set; }
    public DateOnly WeekStart { get; set; }
}
