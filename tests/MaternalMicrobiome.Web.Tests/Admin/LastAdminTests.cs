using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>The app always keeps an active admin. Its own app (fixture), so that no other test's admins count.</summary>
public sealed class LastAdminTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task The_last_active_admin_cannot_be_deactivated_even_by_a_session_older_than_its_own_deactivation()
    {
        _ = factory.Server;
        var first = await Given.UserAsync(factory.Services, Roles.Admin);
        var second = await Given.UserAsync(factory.Services, Roles.Admin);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, second))
        {
            await scope.ServiceProvider.GetRequiredService<UserAdminService>().DeactivateAsync(first.Id);
        }

        // A scope signed in as the first admin without a stamp check: a request racing her own deactivation.
        await using var stale = await Given.SignedInScopeAsync(factory.Services, first);
        var users = stale.ServiceProvider.GetRequiredService<UserAdminService>();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => users.DeactivateAsync(second.Id));

        Assert.Equal(UserAdminService.LastAdminMessage, refused.Message);
        Assert.Equal(UserStatus.Active, (await users.ListAsync()).Single(u => u.Id == second.Id).Status);
    }
}
