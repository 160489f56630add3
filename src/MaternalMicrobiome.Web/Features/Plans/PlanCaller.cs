namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>Who is calling the plan service: the mother the plan is for, or a nutritionist.</summary>
internal sealed record PlanCaller(string UserId, bool IsMother);
