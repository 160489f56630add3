namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>The outcome of an invitation, and whether its mail went out (it does not when mail is not configured).</summary>
public sealed record InviteResult(InviteOutcome Outcome, bool Mailed);
