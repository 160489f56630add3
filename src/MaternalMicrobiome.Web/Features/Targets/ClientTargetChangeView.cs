namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>One change to her targets, as she and her nutritionist see it in the history.</summary>
public sealed record ClientTargetChangeView(DateTimeOffset At, string ChangedByName, string Setting, string Before, string After);
