using System.Net;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>Each row of <see cref="HttpPolicy"/> times each actor, as a browser with the actor's sign-in cookie.</summary>
[Collection(MatrixGroup.Name)]
public sealed class HttpMatrixTests(MatrixWorld world)
{
    /// <summary>What a page shows (with a 200) when its service refused: the service's own messages.</summary>
    private static readonly string[] RefusalMessages = ["That plan does not exist.", "That food is not in the shared catalog.", "You do not have access to this."];

    private static readonly Dictionary<string, HttpRow> ByName = HttpPolicy.Rows.ToDictionary(r => r.Name);

    public static TheoryData<string, Actor> Cases()
    {
        var cases = new TheoryData<string, Actor>();
        foreach (var row in HttpPolicy.Rows)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                cases.Add(row.Name, actor);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_matches_the_policy(string route, Actor actor)
    {
        var row = ByName[route];
        var path = row.Path(world);

        using var response = await world.Browser(actor).GetAsync(new Uri(path, UriKind.Relative));
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var actual = response.StatusCode switch
        {
            HttpStatusCode.OK => RefusalMessages.Any(m => body.Contains(m, StringComparison.Ordinal)) ? HttpOutcome.Refused : HttpOutcome.Ok,
            HttpStatusCode.Redirect when location.Contains("/Account/Login", StringComparison.Ordinal) => HttpOutcome.Login,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => HttpOutcome.Forbidden,
            HttpStatusCode.NotFound => HttpOutcome.NotFound,
            var other => throw new Xunit.Sdk.XunitException($"GET {path} as {actor}: {(int)other} {location}"),
        };
        Assert.True(row.For(actor) == actual, $"GET {path} as {actor}: expected {row.For(actor)}, got {actual} ({(int)response.StatusCode} {location})");
        Leaks.AssertNoneFor(actor, body, $"GET {path}", row.CallersOwn);
        if (actual == HttpOutcome.Ok && row.ShowsMarker && Leaks.MaySeeHealthData(actor, row.CallersOwn))
        {
            // The same page shows the marker to those who may see it, so its absence elsewhere means something.
            Assert.Contains(MatrixWorld.HealthMarker, body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
