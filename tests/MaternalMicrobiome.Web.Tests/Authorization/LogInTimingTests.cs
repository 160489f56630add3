using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// A failed log in costs one password check whether or not the email has an account, so its timing does not tell
/// which emails are registered. Counted, not timed: the check is the cost a stopwatch would see.
/// </summary>
public sealed class LogInTimingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string WrongPassword = "Wrong-pass-2026!";

    [Fact]
    public async Task An_unknown_email_costs_the_same_password_check_as_a_known_email_with_a_wrong_password()
    {
        var hasher = new CountingPasswordHasher();
        var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        _ = app.Server;
        var known = await Given.MotherAsync(app.Services);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var forKnown = await ChecksDuringAsync(hasher, () => LogInAsync(browser, known.Email!, WrongPassword));
        var forUnknown = await ChecksDuringAsync(hasher, () => LogInAsync(browser, $"nobody-{Guid.NewGuid():N}@example.com", WrongPassword));
        var forRight = await ChecksDuringAsync(hasher, () => LogInAsync(browser, known.Email!, Given.Password));

        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);
        Assert.Equal(1, forRight);
    }

    private static async Task<int> ChecksDuringAsync(CountingPasswordHasher hasher, Func<Task<HttpResponseMessage>> logIn)
    {
        var before = hasher.Verifications;
        var response = await logIn();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"log in answered {response.StatusCode}");
        return hasher.Verifications - before;
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient browser, string email, string password) =>
        FormPoster.PostAsync(browser, "/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
}
