namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>Templates for the template rows: the owner's, her linked nutritionist's, and her plan's version.</summary>
public sealed record MatrixTemplates(int Owners, int Linkeds, Guid Version)
{
    /// <summary>The actor's own template where she has one (the owner's, else the linked nutritionist's).</summary>
    public int For(Actor actor) => actor == Actor.Owner ? Owners : Linkeds;

    /// <summary>A template that is not the actor's.</summary>
    public int NotFor(Actor actor) => actor == Actor.Owner ? Linkeds : Owners;
}
