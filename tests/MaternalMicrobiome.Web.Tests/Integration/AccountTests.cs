using System.Globalization;
using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class AccountTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> Registration(string email, string confirmPassword = Given.Password) => new()
    {
        ["Input.DisplayName"] = "Test Mother",
        ["Input.Email"] = email,
        ["Input.Password"] = Given.Password,
        ["Input.ConfirmPassword"] = confirmPassword,
        ["Input.StageKind"] = nameof(LifeStageKind.Pregnant),
        ["Input.DueDate"] = Given.Today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.FeedingMode"] = nameof(FeedingMode.Exclusive),
    };

    [Fact]
    public async Task A_new_mother_registers_with_her_stage_confirms_her_email_from_the_mail_and_then_logs_in_to_today()
    {
        var client = Browser();
        var email = $"new-{Guid.NewGuid():N}@test.local";

        var response = await FormPoster.PostAsync(client, "/Account/Register", "register", Registration(email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Check your email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
        var logInFirst = await LogInAsync(Browser(), email);
        Assert.Equal(HttpStatusCode.OK, logInFirst.StatusCode);
        Assert.Contains(LoginPage.NotConfirmedMessage, WebUtility.HtmlDecode(await logInFirst.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var mail = await TestMailbox.MailToAsync(email, "Confirm your email");
        var confirm = await client.GetStringAsync(TestMailbox.LinkTo(mail, "/Account/ConfirmEmail"));
        Assert.Contains(ConfirmEmailPage.ConfirmedMessage, WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);

        var logIn = await LogInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, logIn.StatusCode);
        Assert.EndsWith("today", logIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/today", UriKind.Relative))).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.True(user.EmailConfirmed);
        var profile = await db.MotherProfiles.SingleAsync(p => p.UserId == user.Id);
        Assert.Equal(LifeStageKind.Pregnant, profile.StageKind);
        var roleId = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).SingleAsync();
        Assert.Equal(Roles.Mother, (await db.Roles.SingleAsync(r => r.Id == roleId)).Name);
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email) =>
        FormPoster.PostAsync(client, "/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Given.Password });

    [Fact]
    public async Task Registration_with_bad_input_names_the_problem_and_creates_nothing()
    {
        var email = $"bad-{Guid.NewGuid():N}@test.local";
        var fields = Registration(email, confirmPassword: "Something-else-1!");
        fields["Input.DueDate"] = string.Empty;

        var response = await FormPoster.PostAsync(Browser(), "/Account/Register", "register", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The two passwords do not match.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your due date.", html, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task The_right_password_signs_a_mother_in_to_today()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);

        var response = await FormPoster.PostAsync(Browser(), "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("today", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/today")]
    [InlineData("/profile")]
    [InlineData("/foods")]
    [InlineData("/admin/users")]
    public async Task Signed_in_pages_send_anonymous_visitors_to_log_in(string path)
    {
        var response = await Browser().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_page_is_public_and_says_which_citations_are_unverified()
    {
        var html = await Browser().GetStringAsync(new Uri("/evidence", UriKind.Relative));

        Assert.Contains("Unverified", html, StringComparison.Ordinal);
        Assert.Contains("Citation corrected", html, StringComparison.Ordinal);
        Assert.Contains("Gut-microbiota-targeted diets modulate human immune status", html, StringComparison.Ordinal);
    }
}
