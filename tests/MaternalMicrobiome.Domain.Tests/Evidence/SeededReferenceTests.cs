using System.Text.Json;
using MaternalMicrobiome.Domain.Evidence;

namespace MaternalMicrobiome.Domain.Tests.Evidence;

/// <summary>
/// The real seeds/references.json against the rules: every key a rule cites exists, and every reference can be followed
/// (a DOI or a URL). Fails when a rule cites a reference nobody seeded, or a reference cannot be looked up.
/// </summary>
public sealed class SeededReferenceTests
{
    private static IReadOnlyList<Reference> Seeded { get; } = Load();

    [Fact]
    public void Every_key_a_rule_cites_is_in_references_json()
    {
        var seeded = Seeded.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = RuleCitations.All().Where(c => !seeded.Contains(c.Key)).Select(c => $"{c.Rule} cites {c.Key}").Distinct();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_caffeine_warning_and_synergy_badge_are_among_the_rules_checked()
    {
        var rules = RuleCitations.All().Select(c => c.Rule).ToList();

        Assert.Contains("caffeine warning (Pregnant)", rules);
        Assert.Contains("caffeine warning (Breastfeeding)", rules);
        Assert.Contains("synergy badge", rules);
        Assert.Contains(rules, r => r.StartsWith("safety rule ", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("target ", StringComparison.Ordinal) && r.EndsWith("(PlanningPregnancy)", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reference_key_constant_is_seeded_and_every_seeded_reference_has_a_constant()
    {
        Assert.Equal(
            ReferenceKeys.All.Order(StringComparer.Ordinal),
            Seeded.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_reference_has_a_doi_or_a_url()
    {
        Assert.Empty(Seeded.Where(r => string.IsNullOrWhiteSpace(r.Doi) && string.IsNullOrWhiteSpace(r.Url)).Select(r => r.Key));
    }

    [Fact]
    public void A_source_known_only_from_the_seed_article_is_shown_as_the_articles_claim()
    {
        var ward = Seeded.Single(r => r.Key == ReferenceKeys.Ward2025);

        Assert.Equal(EvidenceStatus.Unverified, ward.Status);
        Assert.StartsWith("Cited by the article as: Ward CP et al. (2025)", ReferenceCitation.Lead(ward), StringComparison.Ordinal);
        Assert.Contains("Gardner CD", ReferenceCitation.Lead(ward), StringComparison.Ordinal);
        Assert.Contains("(2021)", ReferenceCitation.Lead(ward), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_page_shows_no_made_up_year()
    {
        var alcohol = Seeded.Single(r => r.Key == ReferenceKeys.CdcAlcoholPregnancy);

        Assert.Equal(0, alcohol.Year);
        Assert.EndsWith($"({ReferenceCitation.Undated})", ReferenceCitation.Lead(alcohol), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReferenceKeys.Mueller2015)]
    [InlineData(ReferenceKeys.Alemu2023)]
    [InlineData(ReferenceKeys.Binda2025)]
    public void A_reference_no_rule_cites_says_why_it_is_listed(string key)
    {
        Assert.DoesNotContain(key, RuleCitations.Keys());
        Assert.StartsWith("Why it is listed:", Seeded.Single(r => r.Key == key).Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fish_reference_states_the_weekly_amount()
    {
        var fish = Seeded.Single(r => r.Key == ReferenceKeys.FdaEpaFish);

        Assert.Contains("2 to 3 servings of fish a week from the 'Best Choices' list", fish.Finding, StringComparison.Ordinal);
        Assert.Contains("4 oz", fish.Finding, StringComparison.Ordinal);
    }

    private static List<Reference> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "references.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => new Reference
        {
            Key = e.GetProperty("key").GetString()!,
            Authors = e.GetProperty("authors").GetString()!,
            Year = e.GetProperty("year").GetInt32(),
            Title = e.GetProperty("title").GetString()!,
            Source = e.GetProperty("source").GetString()!,
            Doi = e.GetProperty("doi").GetString(),
            Url = e.GetProperty("url").GetString(),
            Status = EvidenceStatusCodes.TryParse(e.GetProperty("status").GetString(), out var status)
                ? status
                : throw new InvalidDataException($"Unknown status in {e.GetProperty("key").GetString()}."),
            StudyType = e.GetProperty("studyType").GetString()!,
            Finding = e.GetProperty("finding").GetString()!,
            Caveat = e.GetProperty("caveat").GetString(),
            ArticleCitation = e.GetProperty("articleCitation").GetString(),
        }).ToList();
    }
}
