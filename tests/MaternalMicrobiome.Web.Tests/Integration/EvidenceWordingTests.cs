using System.Net;
using MaternalMicrobiome.Domain.Evidence;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The public pages say what the sources say, against the real seeded references (issue 11).</summary>
public sealed class EvidenceWordingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task The_evidence_page_shows_the_article_claim_the_apps_own_choice_and_why_unused_references_are_listed()
    {
        var raw = await RawAsync("/evidence");
        var page = WebUtility.HtmlDecode(raw);

        Assert.Contains("Cited by the article as: Ward CP et al. (2025)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ward CP, et al. (2025)", page, StringComparison.Ordinal);
        Assert.Contains("the app's own choice", page, StringComparison.Ordinal);
        Assert.Contains("the seed article's inference", page, StringComparison.Ordinal);
        Assert.Contains("Why it is listed: the seed article cites it", page, StringComparison.Ordinal);
        Assert.Contains("Cited by no rule", page, StringComparison.Ordinal);
        Assert.Contains("(n.d.)", page, StringComparison.Ordinal);

        // The references for the new pregnancy food rules are rendered like every other.
        Assert.Contains($"data-key=\"{ReferenceKeys.HerbalTeaPregnancy}\"", raw, StringComparison.Ordinal);
        Assert.Contains("liquorice root", page, StringComparison.Ordinal);
        Assert.Contains("liver pâté", page, StringComparison.Ordinal);
        Assert.Contains("raw sprouts of any kind", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_says_30_plants_a_week_is_a_comparison_group_not_a_tested_dose()
    {
        var page = WebUtility.HtmlDecode(await RawAsync("/"));

        Assert.Contains("30 a week is the goal", page, StringComparison.Ordinal);
        Assert.Contains("observational", page, StringComparison.Ordinal);
        Assert.Contains("a comparison group, not a tested dose", page, StringComparison.Ordinal);
    }

    private async Task<string> RawAsync(string path)
    {
        using var client = factory.CreateClient();
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

}
