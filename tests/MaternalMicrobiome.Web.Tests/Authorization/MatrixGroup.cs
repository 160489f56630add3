namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>The service and HTTP matrices share one app and one cast (<see cref="MatrixWorld"/>).</summary>
[CollectionDefinition(Name)]
public sealed class MatrixGroup : ICollectionFixture<MatrixWorld>
{
    public const string Name = "Authorization matrix";
}
