namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>One GET (a page's prerender or a download endpoint) and what each actor gets.</summary>
public sealed record HttpRow(
    string Name,
    HttpOutcome Anonymous,
    HttpOutcome Owner,
    HttpOutcome OtherMother,
    HttpOutcome Linked,
    HttpOutcome Unlinked,
    HttpOutcome Ended,
    HttpOutcome Admin,
    Func<MatrixWorld, string> Path,
    bool ShowsMarker = false,
    bool CallersOwn = false)
{
    public HttpOutcome For(Actor actor) => actor switch
    {
        Actor.Anonymous => Anonymous,
        Actor.Owner => Owner,
        Actor.OtherMother => OtherMother,
        Actor.LinkedNutritionist => Linked,
        Actor.UnlinkedNutritionist => Unlinked,
        Actor.EndedNutritionist => Ended,
        Actor.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };
}
