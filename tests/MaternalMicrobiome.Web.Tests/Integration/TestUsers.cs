using System.Security.Claims;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>Creates real accounts and opens service scopes signed in as them, the way a Blazor circuit is.</summary>
public static class TestUsers
{
    public const string Password = "Test-pass-2026!";

    public static async Task<AppUser> CreateAsync(IServiceProvider services, string role, MotherProfile? profile = null)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        if (role == Roles.Mother)
        {
            profile ??= new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = DateOnly.FromDateTime(DateTime.Today).AddDays(120) };
        }

        var (result, user) = await accounts.CreateAsync(email, role, Password, role, profile);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user!;
    }

    /// <summary>A scope whose authentication state is <paramref name="user"/> (or anonymous when null).</summary>
    public static async Task<AsyncServiceScope> SignedInScopeAsync(IServiceProvider services, AppUser? user)
    {
        var scope = services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity());
        if (user is not null)
        {
            var signIn = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
            principal = await signIn.CreateAsync(user);
        }

        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }
}
