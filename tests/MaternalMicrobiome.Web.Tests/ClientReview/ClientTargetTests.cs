using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.BadInput;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

public sealed class ClientTargetTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<ClientTargetsRequest> FormAsync(AppUser nutritionist, AppUser mother)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        return (await scope.ServiceProvider.GetRequiredService<ClientTargetService>().GetAsync(mother.Id)).ToRequest();
    }

    private async Task<int> SaveAsync(AppUser nutritionist, AppUser mother, ClientTargetsRequest request)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        return await scope.ServiceProvider.GetRequiredService<ClientTargetService>().SaveAsync(mother.Id, request);
    }

    [Fact]
    public async Task A_fiber_target_of_35_is_what_her_Today_scores_against_and_she_sees_who_changed_it()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        var form = await FormAsync(linked, mother);
        form.Targets.Single(t => t.Metric == Metric.Fiber).Value = 35;
        form.Targets.Single(t => t.Metric == Metric.Fiber).Weight = 4;

        Assert.Equal(2, await SaveAsync(linked, mother, form));

        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var day = await scope.ServiceProvider.GetRequiredService<MealLogService>().GetDayAsync(Given.Today);
        var fiber = day.Score.For(Metric.Fiber)!.Definition;
        Assert.Equal(35, fiber.Value);
        Assert.Equal(4, fiber.Weight);

        var mine = await scope.ServiceProvider.GetRequiredService<ClientTargetService>().GetAsync(null);
        var row = mine.Rows.Single(r => r.Metric == Metric.Fiber);
        Assert.Equal(35, row.CurrentValue);
        Assert.Equal(28, row.DefaultValue);
        Assert.Contains(mine.History, h => h.Setting == "Dietary fiber target" && h.Before == "default" && h.After == "35 g" && h.ChangedByName == linked.DisplayName);
        Assert.Contains(mine.History, h => h.Setting == "Dietary fiber weight" && h.After == "4");
        var audit = await ReadAsync(factory.Services, db => db.AuditEntries.Where(a => a.Action == ClientTargetService.AuditAction && a.SubjectUserId == mother.Id).ToListAsync());
        Assert.Equal(linked.Id, Assert.Single(audit).ActorId);
    }

    [Fact]
    public async Task Reset_to_default_removes_the_row_and_records_the_change()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        var form = await FormAsync(linked, mother);
        form.Targets.Single(t => t.Metric == Metric.BeverageWater).Value = 3000;
        await SaveAsync(linked, mother, form);

        form = await FormAsync(linked, mother);
        form.Targets.Single(t => t.Metric == Metric.BeverageWater).ResetToDefault();
        Assert.Equal(1, await SaveAsync(linked, mother, form));

        Assert.Equal(0, await ReadAsync(factory.Services, db => db.ClientTargets.CountAsync(t => t.MotherId == mother.Id)));
        var last = await ReadAsync(factory.Services, db => db.ClientTargetChanges.Where(c => c.MotherId == mother.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(("3,000 mL", "default"), (last[^1].Before, last[^1].After));
        Assert.Equal(0, await SaveAsync(linked, mother, await FormAsync(linked, mother)));
    }

    [Theory]
    [InlineData(Metric.Fiber, 70.0, null, "Dietary fiber target must be between 15 g and 60 g.")]
    [InlineData(Metric.Fiber, 10.0, null, "Dietary fiber target must be between 15 g and 60 g.")]
    [InlineData(Metric.BeverageWater, 6000.0, null, "Water from drinks target must be between 1,500 mL and 5,000 mL.")]
    [InlineData(Metric.Caffeine, 250.0, null, "Caffeine target must be between 0 mg and 200 mg.")]
    [InlineData(Metric.Fiber, null, 6.0, "Dietary fiber weight must be between 0 and 5.")]
    [InlineData(Metric.Fiber, null, -1.0, "Dietary fiber weight must be between 0 and 5.")]
    public async Task Values_outside_the_safe_bounds_of_her_stage_are_refused_and_nothing_is_written(Metric metric, double? value, double? weight, string message)
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        var form = await FormAsync(linked, mother);
        var edit = form.Targets.Single(t => t.Metric == metric);
        edit.Value = value;
        edit.Weight = weight;

        var error = await Assert.ThrowsAsync<ValidationException>(() => SaveAsync(linked, mother, form));

        var failure = Assert.Single(error.Errors);
        Assert.StartsWith(message, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal($"Targets[{form.Targets.IndexOf(edit)}].{(value is null ? "Weight" : "Value")}", failure.PropertyName);
        Assert.Equal(0, await ReadAsync(factory.Services, db => db.ClientTargets.CountAsync(t => t.MotherId == mother.Id)));
        Assert.Equal(0, await ReadAsync(factory.Services, db => db.ClientTargetChanges.CountAsync(t => t.MotherId == mother.Id)));
        Assert.Equal(0, await ReadAsync(factory.Services, db => db.AuditEntries.CountAsync(a => a.Action == ClientTargetService.AuditAction && a.SubjectUserId == mother.Id)));
    }

    [Fact]
    public async Task Her_targets_page_states_the_one_plant_counting_rule_and_offers_no_choice()
    {
        // The nutritionist's editor loads only in the interactive render; its bunit test checks the same sentence.
        var (mother, _, _) = await PracticeAsync(factory);

        var html = await (await BadInputSession.SignedInBrowserAsync(factory, mother)).GetStringAsync(new Uri("/my-targets", UriKind.Relative));

        Assert.Contains(PlantCountingRule.Sentence, html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"radio\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Plant points", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mother_reads_her_targets_but_cannot_change_them()
    {
        var (mother, _, _) = await PracticeAsync(factory);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, mother);
        var service = scope.ServiceProvider.GetRequiredService<ClientTargetService>();

        var mine = await service.GetAsync(null);

        Assert.Contains(mine.Rows, r => r.Metric == Metric.Caffeine && r.Bound.Maximum == TargetBounds.CaffeineLimitPregnancy);
        Assert.All(mine.Rows, r => Assert.True(r.IsDefault));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.SaveAsync(mother.Id, mine.ToRequest()));
    }

    [Fact]
    public async Task An_admin_has_no_targets_page_of_her_own_or_of_a_client()
    {
        var (mother, _, _) = await PracticeAsync(factory);
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        var service = scope.ServiceProvider.GetRequiredService<ClientTargetService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(mother.Id));
    }
}
