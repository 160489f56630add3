namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>One client of the roster: who, her stage, when she last logged, how the last 7 days went, and what needs attention.</summary>
/// <param name="Adherence">Each target of her stage, in the order targets are shown.</param>
/// <param name="WarningCount">Food-safety warnings raised on the last 7 days.</param>
/// <param name="UnreadComments">Her comments to this nutritionist not yet read.</param>
/// <param name="NoRecentLog">Nothing logged today or on the 2 days before.</param>
public sealed record RosterRow(
    string ClientId,
    string DisplayName,
    string StageToday,
    DateOnly? LastLogged,
    IReadOnlyList<TargetAdherence> Adherence,
    int WarningCount,
    int UnreadComments,
    bool NoRecentLog)
{
    /// <summary>The mean of the targets' adherence, 0 to 1: what "sort by adherence" sorts on.</summary>
    public double OverallAdherence => Adherence.Count == 0 ? 0 : Adherence.Average(a => a.Fraction);
}
