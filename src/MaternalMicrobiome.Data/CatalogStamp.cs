namespace MaternalMicrobiome.Data;

/// <summary>
/// The one row that says which version of the catalog and references is current. Every change to them writes a new
/// <see cref="Version"/>, so each instance of the app can tell that its in-memory caches are out of date.
/// </summary>
public sealed class CatalogStamp
{
    /// <summary>The id of the only row.</summary>
    public const int SingleId = 1;

    public int Id { get; set; }
    public Guid Version { get; set; }
}
