using System.Collections.Concurrent;
using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// Accounts made once per app (per class fixture) and reused by every case of a surface, since a case only reads or is
/// refused; and browsers signed in through the real log-in form.
/// </summary>
public static class BadInputSession
{
    private static readonly ConcurrentDictionary<(SqliteWebAppFactory, string), Lazy<Task<AppUser>>> Users = new();
    private static readonly ConcurrentDictionary<(SqliteWebAppFactory, string), Lazy<Task<HttpClient>>> Browsers = new();

    /// <summary>The account of <paramref name="role"/> named <paramref name="name"/> in this app, made on first use.</summary>
    public static Task<AppUser> UserAsync(SqliteWebAppFactory factory, string role, string name = "")
    {
        ArgumentNullException.ThrowIfNull(factory);
        _ = factory.Server;
        return Users.GetOrAdd((factory, role + "/" + name), _ => new Lazy<Task<AppUser>>(() => Given.UserAsync(factory.Services, role))).Value;
    }

    /// <summary>Runs <paramref name="action"/> with a service of a scope signed in as <paramref name="user"/>.</summary>
    public static async Task<TResult> AsAsync<TService, TResult>(SqliteWebAppFactory factory, AppUser user, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, user);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task AsAsync<TService>(SqliteWebAppFactory factory, AppUser user, Func<TService, Task> action)
        where TService : notnull =>
        AsAsync<TService, bool>(factory, user, async service =>
        {
            await action(service);
            return true;
        });

    public static HttpClient Browser(SqliteWebAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <summary>A browser signed in as <paramref name="user"/>, logged in once per app and then reused.</summary>
    public static Task<HttpClient> SignedInBrowserAsync(SqliteWebAppFactory factory, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Browsers.GetOrAdd((factory, user.Id), _ => new Lazy<Task<HttpClient>>(() => LogInAsync(factory, user))).Value;
    }

    private static async Task<HttpClient> LogInAsync(SqliteWebAppFactory factory, AppUser user)
    {
        var client = Browser(factory);
        var response = await FormPoster.PostAsync(client, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<AppUser> MotherAsync(SqliteWebAppFactory factory, string name = "") => UserAsync(factory, Roles.Mother, name);
}
