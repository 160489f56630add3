namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>What the "New plan" form sends: the week, a title and, optionally, a template to start from.</summary>
public sealed class NewPlanRequest
{
    public string Title { get; set; } = string.Empty;
    public DateOnly WeekStart { get; set; }
    public int? TemplateId { get; set; }
}
