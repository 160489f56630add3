using Bunit;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>The users page against the real service: deactivating asks first, and only a confirmation deactivates.</summary>
public sealed class UsersPageTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private async Task<(AppUser Nutritionist, AsyncServiceScope Scope)> AdminPageAsync()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        return (nutritionist, scope);
    }

    [Fact]
    public async Task Deactivate_asks_first_and_cancel_changes_nothing()
    {
        var (nutritionist, scope) = await AdminPageAsync();
        await using var _ = scope;
        var dialogs = Render<MudDialogProvider>();
        var page = Render<UsersPage>();
        page.WaitForElement($"[data-testid='deactivate-{nutritionist.Email}']").Click();

        dialogs.WaitForAssertion(() => Assert.Contains(UsersPage.DeactivateTitle, dialogs.Markup, StringComparison.Ordinal));
        Assert.Contains(nutritionist.Email!, dialogs.Markup, StringComparison.Ordinal);
        DialogButton(dialogs, "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain(UsersPage.DeactivateTitle, dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal("active", page.Find($"[data-testid='status-{nutritionist.Email}']").TextContent.Trim());
        Assert.Equal(0, await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync(a => a.SubjectUserId == nutritionist.Id)));
    }

    [Fact]
    public async Task Confirming_deactivates_and_the_row_offers_reactivation()
    {
        var (nutritionist, scope) = await AdminPageAsync();
        await using var _ = scope;
        var dialogs = Render<MudDialogProvider>();
        var page = Render<UsersPage>();
        page.WaitForElement($"[data-testid='deactivate-{nutritionist.Email}']").Click();

        dialogs.WaitForAssertion(() => DialogButton(dialogs, "Deactivate").Click());

        page.WaitForAssertion(() => Assert.Equal("deactivated", page.Find($"[data-testid='status-{nutritionist.Email}']").TextContent.Trim()));
        Assert.NotNull(page.Find($"[data-testid='reactivate-{nutritionist.Email}']"));
        Assert.Equal(["user.deactivate"], await Given.ReadAsync(factory.Services, db => db.AuditEntries.Where(a => a.SubjectUserId == nutritionist.Id).Select(a => a.Action).ToListAsync()));
    }

    private static AngleSharp.Dom.IElement DialogButton(IRenderedComponent<MudDialogProvider> dialogs, string text) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
