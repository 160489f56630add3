using System.Globalization;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Common;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>
/// Client-specific targets: a linked nutritionist sets a value and/or weight per target within the safe bounds of the
/// mother's stage today; the mother reads them with the history of who changed what.
/// </summary>
public sealed class ClientTargetService(
    IDbContextFactory<AppDbContext> dbFactory,
    ClientAccess clientAccess,
    AuditLog audit,
    IValidator<ClientTargetsRequest> validator,
    TimeProvider clock)
{
    /// <summary>The audit action of a change to a client's targets.</summary>
    public const string AuditAction = "client.targets";

    /// <summary>Her targets: the signed-in mother's, or (audited) a linked client's.</summary>
    public async Task<ClientTargetsView> GetAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        var motherId = await clientAccess.RequireReadAsync(clientId, "targets", cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, motherId, cancellationToken);
        var today = LocalDate.Today(clock, targets.Profile.TimeZoneId);
        var stage = targets.StageOn(today);
        var overrides = targets.Overrides.ToDictionary(o => o.Metric);
        var current = targets.For(today);
        var rows = DefaultTargets.For(stage).Targets.Select(d =>
        {
            var change = overrides.GetValueOrDefault(d.Metric);
            var now = current.Targets.Single(t => t.Metric == d.Metric);
            return new ClientTargetRow(d.Metric, d.Title, d.Unit, d.Direction, d.Value, d.Weight, change?.Value, change?.Weight, now.Value, now.Weight, TargetBounds.For(d.Metric, stage));
        }).ToList();

        // Ids grow with time, and SQLite cannot order by a DateTimeOffset column.
        var history = await db.ClientTargetChanges.AsNoTracking()
            .Where(c => c.MotherId == motherId)
            .OrderByDescending(c => c.Id)
            .Take(200)
            .Select(c => new ClientTargetChangeView(c.At, c.ChangedByName, c.Setting, c.Before, c.After))
            .ToListAsync(cancellationToken);
        return new ClientTargetsView(stage.Describe(), rows, history);
    }

    /// <summary>
    /// Saves the linked nutritionist's settings for her client: ClientTarget rows (a row reset to default is removed),
    /// one ClientTargetChange per changed setting and an audit entry, in one SaveChanges. Returns how many settings changed.
    /// </summary>
    public async Task<int> SaveAsync(string clientId, ClientTargetsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(request);
        var nutritionistId = await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, clientId, cancellationToken);
        var stage = targets.StageOn(LocalDate.Today(clock, targets.Profile.TimeZoneId));
        var defaults = DefaultTargets.For(stage).Targets.ToDictionary(t => t.Metric);

        // Titles, units and bounds come from her stage, never from the page.
        if (request.Targets.Any(t => !defaults.ContainsKey(t.Metric)))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(ClientTargetsRequest.Targets), "Only the targets of her current stage can be set.")]);
        }

        foreach (var edit in request.Targets)
        {
            var definition = defaults[edit.Metric];
            edit.Title = definition.Title;
            edit.Unit = definition.Unit;
            edit.Bound = TargetBounds.For(edit.Metric, stage);
        }

        await validator.ValidateAndThrowAsync(request, cancellationToken);

        var existing = await db.ClientTargets.Where(t => t.MotherId == clientId).ToDictionaryAsync(t => t.Metric, cancellationToken);
        var now = clock.GetUtcNow();
        // Each change keeps the metric's value and weight after it, so past days keep their targets.
        var changes = new List<(string Setting, string Before, string After, Metric Metric, double? Value, double? Weight)>();
        foreach (var edit in request.Targets)
        {
            var definition = defaults[edit.Metric];
            var row = existing.GetValueOrDefault(edit.Metric);
            var valueChanged = row?.Value != edit.Value;
            var weightChanged = row?.Weight != edit.Weight;
            if (valueChanged)
            {
                changes.Add(($"{definition.Title} target", Shown(row?.Value, definition.Unit), Shown(edit.Value, definition.Unit), edit.Metric, edit.Value, edit.Weight));
            }

            if (weightChanged)
            {
                changes.Add(($"{definition.Title} weight", ShownWeight(row?.Weight), ShownWeight(edit.Weight), edit.Metric, edit.Value, edit.Weight));
            }

            if (edit.Value is null && edit.Weight is null)
            {
                if (row is not null)
                {
                    db.ClientTargets.Remove(row);
                }
            }
            else if (row is null)
            {
                db.ClientTargets.Add(new ClientTarget
                {
                    MotherId = clientId, Metric = edit.Metric, Value = edit.Value, Weight = edit.Weight, UpdatedById = nutritionistId, UpdatedAt = now,
                });
            }
            else if (valueChanged || weightChanged)
            {
                row.Value = edit.Value;
                row.Weight = edit.Weight;
                row.UpdatedById = nutritionistId;
                row.UpdatedAt = now;
            }
        }

        if (changes.Count == 0)
        {
            return 0;
        }

        var changedByName = await db.Users.Where(u => u.Id == nutritionistId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        db.ClientTargetChanges.AddRange(changes.Select(c => new ClientTargetChange
        {
            MotherId = clientId, ChangedById = nutritionistId, ChangedByName = changedByName, At = now, Setting = c.Setting, Before = c.Before, After = c.After,
            Metric = c.Metric, Value = c.Value, Weight = c.Weight,
        }));
        await audit.AddAsync(
            db,
            AuditAction,
            nameof(ClientTarget),
            clientId,
            changes.Select(c => new { c.Setting, Value = c.Before }).ToList(),
            changes.Select(c => new { c.Setting, Value = c.After }).ToList(),
            clientId);
        await db.SaveChangesAsync(cancellationToken);
        return changes.Count;
    }

    /// <summary>A value as people read it ("28 g"); "default" when there is no client value.</summary>
    public static string Shown(double? value, string unit) => value is { } v ? Format.Amount(v, unit) : "default";

    public static string ShownWeight(double? weight) => weight is { } w ? w.ToString("0.##", CultureInfo.InvariantCulture) : "default";
}
