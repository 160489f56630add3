namespace MaternalMicrobiome.Web.Hosting;

/// <summary>Start-up log messages (source-generated: no formatting cost when the level is off).</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: {FoodsAdded} foods added, {FoodsUpdated} updated, {FoodsKept} kept as edited; {ReferencesAdded} references added, {ReferencesUpdated} updated, {ReferencesKept} kept as edited")]
    public static partial void SeedLoaded(ILogger logger, int foodsAdded, int foodsUpdated, int foodsKept, int referencesAdded, int referencesUpdated, int referencesKept);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create the demo {Role} account: {Errors}")]
    public static partial void DemoAccountFailed(ILogger logger, string role, string errors);
}
