namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>A linked client a nutritionist can apply a template to.</summary>
public sealed record PlanClient(string Id, string Name);
