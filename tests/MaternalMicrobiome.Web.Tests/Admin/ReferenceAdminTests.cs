using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.References;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

public sealed class ReferenceAdminTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static ReferenceEditRequest NewReference(string? doi = null, string? key = null) => new()
    {
        Key = key ?? $"test-{Guid.NewGuid():N}",
        Authors = "Wastyk HC, Fragiadakis GK, et al.",
        Year = 2021,
        Title = "Gut-microbiota-targeted diets modulate human immune status",
        Source = "Cell",
        Doi = doi,
        Status = EvidenceStatus.PeerReviewed,
        StudyType = "randomized trial",
        Finding = "A fermented-food diet raised microbiota diversity.",
    };

    private async Task<(AsyncServiceScope Scope, ReferenceAdminService Service)> AdminAsync()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        return (scope, scope.ServiceProvider.GetRequiredService<ReferenceAdminService>());
    }

    [Theory]
    [InlineData("10.1016/j.cell.2021.06.019", true)]
    [InlineData("https://doi.org/10.1016/j.cell.2021.06.019", true)]
    [InlineData("doi:10.1016/j.cell.2021.06.019", true)]
    [InlineData(" DOI: 10.1128/mSystems.00031-18 ", true)]
    [InlineData("10.1016", false)]
    [InlineData("hello", false)]
    [InlineData("https://example.org/10.1016/j.cell.2021.06.019", false)]
    public void The_doi_rule_accepts_a_doi_with_or_without_its_prefix_and_rejects_anything_else(string doi, bool valid)
    {
        var validator = factory.Services.GetRequiredService<IValidator<ReferenceEditRequest>>();

        var result = validator.Validate(NewReference(doi));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(nameof(ReferenceEditRequest.Doi), error.PropertyName);
            Assert.StartsWith("DOI must look like 10.1016/j.cell.2021.06.019", error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Year_0_is_accepted_for_an_undated_page()
    {
        var validator = factory.Services.GetRequiredService<IValidator<ReferenceEditRequest>>();
        var reference = NewReference();
        reference.Year = 0;

        Assert.True(validator.Validate(reference).IsValid);
    }

    [Theory]
    [InlineData("Key", "Not A Key", "Key must be lower-case letters and digits in words joined by hyphens, such as wastyk-2021.")]
    [InlineData("Year", "1899", "Year must be from 1900 to")]
    [InlineData("Url", "ftp://example.org/paper", "URL must be a full web address starting with http:// or https://.")]
    [InlineData("Url", "www.example.org", "URL must be a full web address starting with http:// or https://.")]
    [InlineData("Title", " ", "Title is required.")]
    public void Other_rules_name_their_field(string property, string value, string message)
    {
        var validator = factory.Services.GetRequiredService<IValidator<ReferenceEditRequest>>();
        var reference = NewReference();
        switch (property)
        {
            case "Key": reference.Key = value; break;
            case "Year": reference.Year = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Url": reference.Url = value; break;
            default: reference.Title = value; break;
        }

        var error = Assert.Single(validator.Validate(reference).Errors);

        Assert.Equal(property, error.PropertyName);
        Assert.StartsWith(message, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_twenty_seeded_references_are_listed()
    {
        var (scope, service) = await AdminAsync();
        await using var _ = scope;

        var references = await service.ListAsync();

        Assert.Equal(ReferenceKeys.All.Order(), references.Select(r => r.Key).Order());
    }

    [Fact]
    public async Task Creating_stores_the_bare_doi_audits_and_refreshes_the_cached_references()
    {
        var (scope, service) = await AdminAsync();
        await using var _ = scope;
        var request = NewReference("https://doi.org/10.1016/j.cell.2021.06.019");
        await scope.ServiceProvider.GetRequiredService<ReferenceCatalog>().GetAllAsync();

        var id = await service.CreateAsync(request);

        var saved = await Given.ReadAsync(factory.Services, db => db.References.SingleAsync(r => r.Id == id));
        Assert.Equal("10.1016/j.cell.2021.06.019", saved.Doi);
        Assert.True(saved.EditedLocally);
        Assert.True((await scope.ServiceProvider.GetRequiredService<ReferenceCatalog>().GetAllAsync()).ContainsKey(request.Key));
        var audit = await Given.ReadAsync(factory.Services, db => db.AuditEntries.SingleAsync(a => a.Action == "reference.create" && a.EntityKey == request.Key));
        Assert.Null(audit.Before);
        Assert.Contains("10.1016/j.cell.2021.06.019", audit.After, StringComparison.Ordinal);

        var taken = await Assert.ThrowsAsync<ValidationException>(() => service.CreateAsync(NewReference(key: ReferenceKeys.Wastyk2021)));
        Assert.Contains(taken.Errors, e => e.PropertyName == nameof(ReferenceEditRequest.Key));
    }

    [Fact]
    public async Task Editing_a_seeded_reference_marks_it_edited_locally_keeps_its_key_and_audits_before_and_after()
    {
        var (scope, service) = await AdminAsync();
        await using var _ = scope;
        var id = await Given.ReadAsync(factory.Services, db => db.References.Where(r => r.Key == ReferenceKeys.Ward2025).Select(r => r.Id).SingleAsync());
        var request = await service.GetForEditAsync(id);
        var oldCaveat = request.Caveat;
        request.Caveat = "Registered trial; results not yet published.";
        request.Key = "renamed-key";

        await service.UpdateAsync(id, request);

        var saved = await Given.ReadAsync(factory.Services, db => db.References.SingleAsync(r => r.Id == id));
        Assert.Equal(ReferenceKeys.Ward2025, saved.Key);
        Assert.True(saved.EditedLocally);
        Assert.Equal("Registered trial; results not yet published.", saved.Caveat);
        var cached = await scope.ServiceProvider.GetRequiredService<ReferenceCatalog>().GetAllAsync();
        Assert.Equal(saved.Caveat, cached[ReferenceKeys.Ward2025].Caveat);
        var audit = await Given.ReadAsync(factory.Services, db => db.AuditEntries.SingleAsync(a => a.Action == "reference.update" && a.EntityKey == ReferenceKeys.Ward2025));
        Assert.Contains(oldCaveat![..20], audit.Before, StringComparison.Ordinal);
        Assert.Contains("results not yet published", audit.After, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => service.GetForEditAsync(int.MaxValue));
    }
}
