using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The admin reference editor, through <see cref="ReferenceAdminService"/>.</summary>
public sealed class ReferenceBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<Action<ReferenceEditRequest>> References { get; } = new()
    {
        { "key empty", r => r.Key = string.Empty, "Key" },
        { "key 65 characters", r => r.Key = BadText.Repeated(65), "Key" },
        { "key with spaces and capitals", r => r.Key = "Wastyk 2021", "Key" },
        { "key is script", r => r.Key = BadText.Script, "Key" },
        { "key is SQL", r => r.Key = BadText.Sql, "Key" },
        { "key already used", r => r.Key = "wastyk-2021", "Key" },
        { "authors empty", r => r.Authors = " ", "Authors" },
        { "authors 1001 characters", r => r.Authors = BadText.Repeated(1001), "Authors" },
        { "authors with NUL", r => r.Authors = "Wastyk HC\0", "Authors" },
        { "year 1899", r => r.Year = 1899, "Year" },
        { "year negative", r => r.Year = -2021, "Year" },
        { "year int.MaxValue", r => r.Year = int.MaxValue, "Year" },
        { "year two years ahead", r => r.Year = Given.Now.Year + 2, "Year" },
        { "title empty", r => r.Title = string.Empty, "Title" },
        { "title 501 characters", r => r.Title = BadText.Repeated(501), "Title" },
        { "title with a lone surrogate", r => r.Title = BadText.LoneSurrogate, "Title" },
        { "source empty", r => r.Source = "\t", "Source" },
        { "DOI not a DOI", r => r.Doi = "not-a-doi", "Doi" },
        { "DOI is javascript", r => r.Doi = BadText.JavaScriptUrl, "Doi" },
        { "DOI is script", r => r.Doi = BadText.Script, "Doi" },
        { "DOI 201 characters", r => r.Doi = "10.1016/" + BadText.Repeated(200), "Doi" },
        { "URL is javascript", r => r.Url = BadText.JavaScriptUrl, "Url" },
        { "URL is a data URL with script", r => r.Url = "data:text/html,<script>alert(1)</script>", "Url" },
        { "URL is ftp", r => r.Url = "ftp://example.org/paper.pdf", "Url" },
        { "URL without a host", r => r.Url = "https://", "Url" },
        { "URL relative", r => r.Url = "/papers/1", "Url" },
        { "URL 501 characters", r => r.Url = "https://example.org/" + BadText.Repeated(481), "Url" },
        { "status unknown", r => r.Status = (EvidenceStatus)99, "Status" },
        { "study type empty", r => r.StudyType = string.Empty, "StudyType" },
        { "study type 101 characters", r => r.StudyType = BadText.Repeated(101), "StudyType" },
        { "finding empty", r => r.Finding = string.Empty, "Finding" },
        { "finding 2001 characters", r => r.Finding = BadText.Repeated(2001), "Finding" },
        { "finding with an escape sequence", r => r.Finding = BadText.Escape, "Finding" },
        { "caveat 2001 characters", r => r.Caveat = BadText.Repeated(2001), "Caveat" },
        { "caveat with NUL", r => r.Caveat = "small study\0", "Caveat" },
        { "article citation 1001 characters", r => r.ArticleCitation = BadText.Repeated(1001), "ArticleCitation" },
    };

    public static TheoryData<string> Cases => References.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_reference_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = References[name];
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var request = Valid();
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<ReferenceAdminService>(factory, admin, references => references.CreateAsync(request)));
    }

    public static ReferenceEditRequest Valid() => new()
    {
        Key = $"test-{Guid.NewGuid():N}"[..20],
        Authors = "Test A, Example B",
        Year = 2020,
        Title = "A test study of fermented foods",
        Source = "Journal of Tests",
        Doi = "10.1016/j.cell.2021.06.019",
        Url = "https://example.org/paper",
        Status = EvidenceStatus.PeerReviewed,
        StudyType = "Randomised trial",
        Finding = "Fermented foods raised microbiome diversity.",
    };
}
