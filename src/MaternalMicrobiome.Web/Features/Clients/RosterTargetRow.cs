using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>
/// One row of the roster's targets query: an override in force now (<paramref name="ChangeId"/> 0) or a saved change
/// with its values (<paramref name="ChangeId"/> its id), so both come back in one UNION.
/// </summary>
public sealed record RosterTargetRow(string MotherId, long ChangeId, DateTimeOffset At, Metric Metric, double? Value, double? Weight);
