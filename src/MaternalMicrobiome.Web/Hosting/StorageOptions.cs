namespace MaternalMicrobiome.Web.Hosting;

/// <summary>Where the app keeps its files: the SQLite database and the rolling log files.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Absolute, or relative to the content root (the Web project folder under <c>dotnet run</c>).</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public static string ResolveDataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetSection(Section).Get<StorageOptions>()?.DataDirectory ?? "App_Data";
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
    }
}
