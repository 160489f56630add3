using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Clients;

namespace MaternalMicrobiome.Web.Tests.Practice;

public sealed class RosterFilterTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static RosterRow Row(string name, int fiberDays, int warnings, DateOnly? last, int unread = 0) =>
        new(name.ToLowerInvariant(), name, "Pregnant", last, [new TargetAdherence(Metric.Fiber, "Dietary fiber", fiberDays, 7)], warnings, unread, last is null || last < Today.AddDays(-2));

    private static readonly RosterRow[] Rows =
    [
        Row("Beatriz", 6, 0, Today),
        Row("ada", 2, 3, Today.AddDays(-1)),
        Row("Chloe", 4, 0, Today.AddDays(-5)),
        Row("Dana", 5, 0, Today, unread: 2),
    ];

    [Theory]
    [InlineData(RosterSort.Name, false, "ada,Beatriz,Chloe,Dana")]
    [InlineData(RosterSort.Name, true, "Dana,Chloe,Beatriz,ada")]
    [InlineData(RosterSort.LastLogged, false, "Beatriz,Dana,ada,Chloe")]
    [InlineData(RosterSort.Adherence, false, "ada,Chloe,Dana,Beatriz")]
    [InlineData(RosterSort.Adherence, true, "Beatriz,Dana,Chloe,ada")]
    [InlineData(RosterSort.Warnings, false, "ada,Beatriz,Chloe,Dana")]
    public void Sorts_by_each_column_with_a_readable_tie_break(RosterSort sort, bool reversed, string expected)
    {
        var shown = new RosterFilter { Sort = sort, Reversed = reversed }.Apply(Rows);

        Assert.Equal(expected, string.Join(',', shown.Select(r => r.DisplayName)));
    }

    [Fact]
    public void Searches_names_ignoring_case_and_shows_only_flagged_clients_on_request()
    {
        Assert.Equal(["Dana", "ada"], new RosterFilter { Search = " dA " }.Apply(Rows).Select(r => r.DisplayName).Order(StringComparer.Ordinal));

        var flagged = new RosterFilter { FlaggedOnly = true }.Apply(Rows).Select(r => r.DisplayName);

        Assert.Equal(["ada", "Chloe", "Dana"], flagged);
    }
}
