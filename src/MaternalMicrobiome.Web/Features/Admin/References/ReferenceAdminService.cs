using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Admin.References;

/// <summary>
/// The cited references, for admins only: list, create and edit. A saved reference is marked as edited locally (seeds
/// never overwrite it), audited in the same SaveChanges, and the cached references are rebuilt.
/// </summary>
public sealed class ReferenceAdminService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    IValidator<ReferenceEditRequest> validator,
    AuditLog audit,
    CatalogVersion catalogVersion)
{
    public const string EntityType = "reference";

    public async Task<IReadOnlyList<ReferenceRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.References.AsNoTracking()
            .OrderBy(r => r.Key)
            .Select(r => new ReferenceRow(r.Id, r.Key, r.Authors, r.Year, r.Title, r.Status, r.EditedLocally))
            .ToListAsync(cancellationToken);
    }

    public async Task<ReferenceEditRequest> GetForEditAsync(int referenceId, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = await db.References.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referenceId, cancellationToken)
            ?? throw new NotFoundException("That reference does not exist.");
        return new ReferenceEditRequest
        {
            Key = reference.Key,
            Authors = reference.Authors,
            Year = reference.Year,
            Title = reference.Title,
            Source = reference.Source,
            Doi = reference.Doi,
            Url = reference.Url,
            Status = reference.Status,
            StudyType = reference.StudyType,
            Finding = reference.Finding,
            Caveat = reference.Caveat,
            ArticleCitation = reference.ArticleCitation,
        };
    }

    /// <summary>Adds a reference; returns its id.</summary>
    public async Task<int> CreateAsync(ReferenceEditRequest request, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(request);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = request.Key.Trim();
        if (await db.References.AnyAsync(r => r.Key == key, cancellationToken))
        {
            throw KeyTaken(key);
        }

        var reference = new Reference { Key = key, Authors = string.Empty, Title = string.Empty, Source = string.Empty, StudyType = string.Empty, Finding = string.Empty };
        Apply(request, reference);
        db.References.Add(reference);
        await audit.AddAsync(db, "reference.create", EntityType, key, null, Snapshot(reference));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another admin created the same key between the check and the insert; anything else is not ours to explain.
            if (await KeyExistsAsync(key, cancellationToken))
            {
                throw KeyTaken(key);
            }

            throw;
        }

        await catalogVersion.ChangedAsync(cancellationToken);
        return reference.Id;
    }

    /// <summary>Saves the editor's values over the reference. Its key stays: rules and articles cite it.</summary>
    public async Task UpdateAsync(int referenceId, ReferenceEditRequest request, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        ArgumentNullException.ThrowIfNull(request);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = await db.References.SingleOrDefaultAsync(r => r.Id == referenceId, cancellationToken)
            ?? throw new NotFoundException("That reference does not exist.");
        var before = Snapshot(reference);
        Apply(request, reference);
        await audit.AddAsync(db, "reference.update", EntityType, reference.Key, before, Snapshot(reference));
        await db.SaveChangesAsync(cancellationToken);
        await catalogVersion.ChangedAsync(cancellationToken);
    }

    private static void Apply(ReferenceEditRequest request, Reference reference)
    {
        reference.Authors = request.Authors.Trim();
        reference.Year = request.Year;
        reference.Title = request.Title.Trim();
        reference.Source = request.Source.Trim();
        reference.Doi = ReferenceDoi.Normalize(request.Doi);
        reference.Url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        reference.Status = request.Status;
        reference.StudyType = request.StudyType.Trim();
        reference.Finding = request.Finding.Trim();
        reference.Caveat = string.IsNullOrWhiteSpace(request.Caveat) ? null : request.Caveat.Trim();
        reference.ArticleCitation = string.IsNullOrWhiteSpace(request.ArticleCitation) ? null : request.ArticleCitation.Trim();
        reference.EditedLocally = true;
    }

    private static object Snapshot(Reference r) => new
    {
        r.Key,
        r.Authors,
        r.Year,
        r.Title,
        r.Source,
        r.Doi,
        r.Url,
        Status = EvidenceStatusCodes.Format(r.Status),
        r.StudyType,
        r.Finding,
        r.Caveat,
        r.ArticleCitation,
    };

    private async Task<bool> KeyExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.References.AnyAsync(r => r.Key == key, cancellationToken);
    }

    private static ValidationException KeyTaken(string key) =>
        new([new FluentValidation.Results.ValidationFailure(nameof(ReferenceEditRequest.Key), $"Key '{key}' is already used by another reference.")]);
}
