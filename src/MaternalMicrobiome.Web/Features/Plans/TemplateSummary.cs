namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>One of the caller's own plan templates.</summary>
public sealed record TemplateSummary(int Id, string Title, int EntryCount);
