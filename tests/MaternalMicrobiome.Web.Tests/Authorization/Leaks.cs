namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>What of the owner's an actor may see: her health data only she and her linked nutritionist; her name an admin too.</summary>
public static class Leaks
{
    /// <summary>
    /// The owner and her linked nutritionist; only the owner where the operation reads the caller's own things
    /// (<paramref name="callersOwn"/>: her foods, which for a nutritionist are her recipe library, never the client's).
    /// </summary>
    public static bool MaySeeHealthData(Actor actor, bool callersOwn = false) =>
        callersOwn ? actor == Actor.Owner : actor is Actor.Owner or Actor.LinkedNutritionist;

    public static bool MaySeeName(Actor actor) => MaySeeHealthData(actor) || actor == Actor.Admin;

    public static void AssertNoneFor(Actor actor, string shown, string what, bool callersOwn = false)
    {
        if (!MaySeeHealthData(actor, callersOwn))
        {
            Assert.False(shown.Contains(MatrixWorld.HealthMarker, StringComparison.OrdinalIgnoreCase), $"{what} shows the owner's health data to {actor}.");
        }

        if (!MaySeeName(actor))
        {
            Assert.False(shown.Contains(MatrixWorld.IdentityMarker, StringComparison.OrdinalIgnoreCase), $"{what} shows the owner's name to {actor}.");
        }
    }
}
