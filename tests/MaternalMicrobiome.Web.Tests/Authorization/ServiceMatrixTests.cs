using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>Each row of <see cref="ServicePolicy"/> times each actor, through the real services of a signed-in scope.</summary>
[Collection(MatrixGroup.Name)]
public sealed class ServiceMatrixTests(MatrixWorld world)
{
    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    private static readonly Dictionary<string, ServiceRow> ByName = ServicePolicy.Rows.ToDictionary(r => r.Name);

    public static TheoryData<string, Actor> Cases()
    {
        var cases = new TheoryData<string, Actor>();
        foreach (var row in ServicePolicy.Rows)
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
    public async Task Service_call_matches_the_policy(string operation, Actor actor)
    {
        var row = ByName[operation];
        var expected = row.For(actor);
        var prepared = row.Prepare is null ? null : await row.Prepare(world);
        var before = await world.FingerprintAsync();

        object? result = null;
        Exception? error = null;
        await using (var scope = await Given.SignedInScopeAsync(world.Services, world.UserOf(actor)))
        {
            try
            {
                result = await row.Run(new ServiceCall(world, scope.ServiceProvider, actor, prepared));
            }
            catch (Exception e) when (e is AccessDeniedException or NotFoundException or ValidationException)
            {
                error = e;
            }
        }

        var actual = error switch
        {
            null => Outcome.Allowed,
            AccessDeniedException => Outcome.Denied,
            NotFoundException => Outcome.NotFound,
            _ => Outcome.Invalid,
        };
        Assert.True(expected == actual, $"{operation} as {actor}: expected {expected}, got {actual} ({error?.Message})");
        if (error is not null)
        {
            Leaks.AssertNoneFor(actor, error.Message, operation);
            Assert.Equal(before, await world.FingerprintAsync());
            return;
        }

        var shown = result as string ?? JsonSerializer.Serialize(result, Json);
        Leaks.AssertNoneFor(actor, shown, operation, row.CallersOwn);
        if (row.ShowsMarker && Leaks.MaySeeHealthData(actor, row.CallersOwn))
        {
            // The same check on the same data finds the marker here, so its absence elsewhere means something.
            Assert.Contains(MatrixWorld.HealthMarker, shown, StringComparison.OrdinalIgnoreCase);
        }
    }
}
