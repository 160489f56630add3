using MaternalMicrobiome.Data.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>One actor's attempt: services of a scope signed in as the actor, the world, and the prepared object if any.</summary>
public sealed class ServiceCall(MatrixWorld world, IServiceProvider services, Actor actor, object? prepared)
{
    public MatrixWorld World => world;

    public Actor Actor => actor;

    public AppUser Owner => world.Owner;

    public static DateOnly Today => MatrixWorld.Today;

    /// <summary>How the actor asks for the owner's data: the owner with no client id (her own), anyone else with hers.</summary>
    public string? ClientId => actor == Actor.Owner ? null : world.Owner.Id;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public T Fresh<T>() => (T)(prepared ?? throw new InvalidOperationException("This row has no Prepare step."));
}
