namespace MaternalMicrobiome.Data.Seeding;

/// <summary>What one seed run did: rows added, rows updated, rows left alone because an admin edited them.</summary>
public sealed record SeedReport(int FoodsAdded, int FoodsUpdated, int FoodsKeptEdited, int ReferencesAdded, int ReferencesUpdated, int ReferencesKeptEdited)
{
    public bool ChangedAnything => FoodsAdded + FoodsUpdated + ReferencesAdded + ReferencesUpdated > 0;
}
