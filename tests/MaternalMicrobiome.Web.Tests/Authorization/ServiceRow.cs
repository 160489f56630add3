namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// One service operation on the owner's data and what each actor gets. <see cref="Prepare"/> (run as the owner or an
/// admin, before the data is fingerprinted) makes a fresh object when the operation would use up the shared one.
/// </summary>
public sealed record ServiceRow(
    string Name,
    Outcome Anonymous,
    Outcome Owner,
    Outcome OtherMother,
    Outcome Linked,
    Outcome Unlinked,
    Outcome Ended,
    Outcome Admin,
    Func<ServiceCall, Task<object?>> Run,
    Func<MatrixWorld, Task<object>>? Prepare = null,
    bool ShowsMarker = false,
    bool CallersOwn = false)
{
    public Outcome For(Actor actor) => actor switch
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
