namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>The nutritionist's invites page: her open invites, newest first, and her linked clients by name.</summary>
public sealed record PracticeOverview(IReadOnlyList<InviteView> Invites, IReadOnlyList<LinkedClient> Clients);
