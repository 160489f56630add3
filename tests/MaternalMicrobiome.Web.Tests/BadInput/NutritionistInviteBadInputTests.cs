using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>An admin's invitation of a nutritionist, through <see cref="UserAdminService"/>: no account is made, nothing is mailed.</summary>
public sealed class NutritionistInviteBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<Action<NutritionistInviteRequest>> Invitations { get; } = new()
    {
        { "name empty", r => r.DisplayName = string.Empty, "DisplayName" },
        { "name only zero-width characters", r => r.DisplayName = BadText.ZeroWidthOnly, "DisplayName" },
        { "name 101 characters", r => r.DisplayName = BadText.Repeated(101), "DisplayName" },
        { "name with NUL", r => r.DisplayName = BadText.Nul, "DisplayName" },
        { "name with an escape sequence", r => r.DisplayName = BadText.Escape, "DisplayName" },
        { "email empty", r => r.Email = string.Empty, "Email" },
        { "email without @", r => r.Email = "not-an-email", "Email" },
        { "email with two @", r => r.Email = "a@b@test.local", "Email" },
        { "email 300 characters", r => r.Email = BadText.Repeated(290) + "@test.local", "Email" },
        { "email is script", r => r.Email = BadText.Script, "Email" },
        { "email with a bell", r => r.Email = BadText.Bell + "@test.local", "Email" },
    };

    public static TheoryData<string> Cases => Invitations.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_invitation_is_refused_naming_the_field_and_nothing_is_made_or_mailed(string name)
    {
        var bad = Invitations[name];
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var request = new NutritionistInviteRequest { DisplayName = "Nour Haddad", Email = $"invited-{Guid.NewGuid():N}@test.local" };
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field, async () =>
        {
            await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
            Given.AtAppAddress(scope.ServiceProvider.GetRequiredService<NavigationManager>());
            await scope.ServiceProvider.GetRequiredService<UserAdminService>().InviteNutritionistAsync(request);
        });
        Assert.Empty(TestMailbox.AllTo(request.Email));
    }
}
