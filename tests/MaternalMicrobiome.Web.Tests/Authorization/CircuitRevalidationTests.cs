using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// An open Blazor circuit holds its authentication state for as long as the tab is open: the revalidating provider
/// checks the stamp in the database every few seconds and signs the circuit out once it no longer matches. The
/// interval is shortened here so the test waits for the provider's own event, not for the clock.
/// </summary>
public sealed class CircuitRevalidationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_open_circuit_is_signed_out_once_her_stamp_changes()
    {
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting(IdentityRevalidatingAuthenticationStateProvider.IntervalKey, "0.05"));
        _ = app.Server;
        var mother = await Given.UserAsync(app.Services, Roles.Mother);
        await using var circuit = await Given.SignedInScopeAsync(app.Services, mother);
        var signedOut = WhenStateChanges(circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(mother.Id))!);
        }

        var state = await signedOut.WaitAsync(Patience);
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task A_nutritionists_open_circuit_is_signed_out_once_an_admin_makes_her_a_mother()
    {
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting(IdentityRevalidatingAuthenticationStateProvider.IntervalKey, "0.05"));
        _ = app.Server;
        var nutritionist = await Given.UserAsync(app.Services, Roles.Nutritionist);
        var admin = await Given.UserAsync(app.Services, Roles.Admin);
        await using var circuit = await Given.SignedInScopeAsync(app.Services, nutritionist);
        var signedOut = WhenStateChanges(circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());

        await using (var scope = await Given.SignedInScopeAsync(app.Services, admin))
        {
            await scope.ServiceProvider.GetRequiredService<UserAdminService>().SetRoleAsync(nutritionist.Id, Roles.Mother);
        }

        var state = await signedOut.WaitAsync(Patience);
        Assert.False(state.User.IsInRole(Roles.Nutritionist));
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task A_deactivated_users_open_circuit_is_signed_out_at_once_not_at_the_next_revalidation()
    {
        // An hour between revalidations: only the deactivation's own signal can sign the circuit out within this test.
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting(IdentityRevalidatingAuthenticationStateProvider.IntervalKey, "3600"));
        _ = app.Server;
        var nutritionist = await Given.UserAsync(app.Services, Roles.Nutritionist);
        var bystander = await Given.UserAsync(app.Services, Roles.Nutritionist);
        var admin = await Given.UserAsync(app.Services, Roles.Admin);
        await using var circuit = await Given.SignedInScopeAsync(app.Services, nutritionist);
        await using var otherCircuit = await Given.SignedInScopeAsync(app.Services, bystander);
        var provider = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var otherProvider = otherCircuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        Assert.True((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);

        await using (var scope = await Given.SignedInScopeAsync(app.Services, admin))
        {
            await scope.ServiceProvider.GetRequiredService<UserAdminService>().DeactivateAsync(nutritionist.Id);
        }

        Assert.False((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        Assert.True((await otherProvider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    private static async Task<AuthenticationState> WhenStateChanges(AuthenticationStateProvider provider)
    {
        var changed = new TaskCompletionSource<Task<AuthenticationState>>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += state => changed.TrySetResult(state);
        return await await changed.Task;
    }
}
