namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>Every browser test shares one app process and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "App";
}
