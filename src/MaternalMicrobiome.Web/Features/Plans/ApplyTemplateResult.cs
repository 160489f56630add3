namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>The plan a template went into, how many foods it added, and whether the plan is new.</summary>
public sealed record ApplyTemplateResult(int PlanId, int Added, bool Created);
