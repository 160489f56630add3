namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One of the caller's own plan templates; <paramref name="WeekStart"/> names its days (the plan it was saved from).</summary>
public sealed record TemplateSummary(int Id, string Title, int EntryCount, DateOnly WeekStart);
