using System.Globalization;
using System.Net;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// The static-rendered registration and log-in forms, posted as a browser does: each bad field gets its message on the
/// page (a 200, never a 500), no account is created, and anything echoed back is encoded.
/// </summary>
public sealed class AccountFormBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<Action<Dictionary<string, string>>> Registrations { get; } = new()
    {
        { "display name empty", f => f["Input.DisplayName"] = string.Empty, "Enter the name to show in the app." },
        { "display name zero-width only", f => f["Input.DisplayName"] = BadText.ZeroWidthOnly, "Enter the name to show in the app." },
        { "display name 101 characters", f => f["Input.DisplayName"] = BadText.Repeated(101), "Name must be at most 100 characters." },
        { "display name with an escape sequence", f => f["Input.DisplayName"] = BadText.Escape, "Name must not contain control characters" },
        { "email empty", f => f["Input.Email"] = string.Empty, "Enter your email address." },
        { "email without @", f => f["Input.Email"] = "not-an-email", "Enter a valid email address." },
        { "email ending in @", f => f["Input.Email"] = "mother@", "Enter a valid email address." },
        { "email with two @", f => f["Input.Email"] = "a@b@test.local", "Enter a valid email address." },
        { "email 300 characters", f => f["Input.Email"] = BadText.Repeated(290) + "@test.local", "Email must be at most 256 characters." },
        { "email is script", f => f["Input.Email"] = BadText.Script + "@test.local", "is invalid" },
        { "email is SQL", f => f["Input.Email"] = "'; DROP TABLE Foods;--@test.local", "is invalid" },
        { "password too short", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = ("Aa1!", "Aa1!"), "Password must be at least 8 characters." },
        { "password 101 characters", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = ("Aa1!" + BadText.Repeated(97), "Aa1!" + BadText.Repeated(97)), "Password must be at most 100 characters." },
        { "passwords differ", f => f["Input.ConfirmPassword"] = "Other-pass-2026!", "The two passwords do not match." },
        { "due date not a date", f => f["Input.DueDate"] = "garbage", "garbage" },
        { "due date with a five-digit year", f => f["Input.DueDate"] = "99999-01-01", "99999-01-01" },
        { "due date 0001-01-01", f => f["Input.DueDate"] = "0001-01-01", "Due date must be between" },
        { "due date 9999-12-31", f => f["Input.DueDate"] = "9999-12-31", "Due date must be between" },
        { "due date is script", f => f["Input.DueDate"] = BadText.Script, BadText.Script },
        { "life stage not one of the list", f => f["Input.StageKind"] = "Alien", "Alien" },
        { "life stage a number out of range", f => f["Input.StageKind"] = "99", "Choose a life stage." },
    };

    public static TheoryData<string> RegistrationCases => Registrations.Names;

    public static BadInputTable<Action<Dictionary<string, string>>> LogIns { get; } = new()
    {
        { "log-in email empty", f => f["Input.Email"] = string.Empty, "Enter your email address." },
        { "log-in email without @", f => f["Input.Email"] = "x", "Enter a valid email address." },
        { "log-in email 10,000 characters", f => f["Input.Email"] = BadText.Repeated(10_000) + "@test.local", "do not match an account" },
        { "log-in email is SQL", f => f["Input.Email"] = "' OR '1'='1'--@test.local", "do not match an account" },
        { "log-in email is script", f => f["Input.Email"] = BadText.Script + "@test.local", "do not match an account" },
        { "log-in password empty", f => f["Input.Password"] = string.Empty, "Enter your password." },
    };

    public static TheoryData<string> LogInCases => LogIns.Names;

    /// <summary>A posted NUL is refused by the framework with a 400 before the page handles the form; nothing is written.</summary>
    public static TheoryData<string, string, string> NulForms { get; } = new()
    {
        { "/Account/Register", "register", "Input.DisplayName" },
        { "/Account/Register", "register", "Input.Email" },
        { "/Account/Login", "login", "Input.Email" },
        { "/Account/Login", "login", "Input.Password" },
    };

    [Theory]
    [MemberData(nameof(NulForms))]
    public async Task A_form_field_with_NUL_is_refused_before_the_page_and_nothing_is_written(string path, string form, string field)
    {
        _ = factory.Server;
        var fields = path.EndsWith("Register", StringComparison.Ordinal)
            ? Registration()
            : new Dictionary<string, string> { ["Input.Email"] = "mother@test.local", ["Input.Password"] = Given.Password };
        fields[field] = "mother\0@test.local";
        var before = await DatabaseState.CaptureAsync(factory.Services);

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), path, form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await DatabaseState.CaptureAsync(factory.Services));
    }

    [Theory]
    [MemberData(nameof(RegistrationCases))]
    public async Task A_bad_registration_shows_the_fields_message_and_creates_no_account(string name)
    {
        var bad = Registrations[name];
        _ = factory.Server;
        var fields = Registration();
        bad.Input(fields);
        var before = await DatabaseState.CaptureAsync(factory.Services);

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), "/Account/Register", "register", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bad.Field, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await DatabaseState.CaptureAsync(factory.Services));
    }

    [Theory]
    [MemberData(nameof(LogInCases))]
    public async Task A_bad_log_in_shows_a_message_and_signs_no_one_in(string name)
    {
        var bad = LogIns[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var fields = new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password };
        bad.Input(fields);

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), "/Account/Login", "login", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bad.Field, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    private static Dictionary<string, string> Registration() => new()
    {
        ["Input.DisplayName"] = "Test Mother",
        ["Input.Email"] = $"new-{Guid.NewGuid():N}@test.local",
        ["Input.Password"] = Given.Password,
        ["Input.ConfirmPassword"] = Given.Password,
        ["Input.StageKind"] = nameof(LifeStageKind.Pregnant),
        ["Input.DueDate"] = Given.Today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.FeedingMode"] = nameof(FeedingMode.Exclusive),
    };
}
