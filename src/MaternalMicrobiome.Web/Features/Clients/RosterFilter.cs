namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>
/// How the roster is searched and ordered. It works on the rows already loaded: one load scores every client, and
/// typing in the search box must not load (and audit) the roster again.
/// </summary>
public sealed class RosterFilter
{
    public string? Search { get; set; }

    /// <summary>Only clients that need attention: no log in 3 days, safety warnings or unread comments.</summary>
    public bool FlaggedOnly { get; set; }

    public RosterSort Sort { get; set; }
    /// <summary>
    /// Each sort's natural order is the useful one (A to Z, latest log first, lowest adherence first, most warnings first);
    /// this turns it round.
    /// </summary>
    public bool Reversed { get; set; }

    public static bool IsFlagged(RosterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.NoRecentLog || row.WarningCount > 0 || row.UnreadComments > 0;
    }

    public IReadOnlyList<RosterRow> Apply(IEnumerable<RosterRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var search = Search?.Trim();
        var shown = rows
            .Where(r => string.IsNullOrEmpty(search) || r.DisplayName.Contains(search, StringComparison.CurrentCultureIgnoreCase))
            .Where(r => !FlaggedOnly || IsFlagged(r));
        var ordered = Sort switch
        {
            RosterSort.LastLogged => Reversed
                ? shown.OrderBy(r => r.LastLogged ?? DateOnly.MinValue)
                : shown.OrderByDescending(r => r.LastLogged ?? DateOnly.MinValue),
            RosterSort.Adherence => Reversed ? shown.OrderByDescending(r => r.OverallAdherence) : shown.OrderBy(r => r.OverallAdherence),
            RosterSort.Warnings => Reversed ? shown.OrderBy(r => r.WarningCount) : shown.OrderByDescending(r => r.WarningCount),
            _ => Reversed
                ? shown.OrderByDescending(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                : shown.OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase),
        };

        // Ties keep a stable, readable order.
        return ordered.ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.ClientId, StringComparer.Ordinal).ToList();
    }
}
