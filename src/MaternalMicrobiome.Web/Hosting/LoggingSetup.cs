using Serilog;
using Serilog.Events;

namespace MaternalMicrobiome.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and a daily rolling file in the data folder. Levels come from the "Serilog" section.
    /// Request logs carry the path only, never a query string or body: health data stays out of the logs.
    /// Sinks registered as services are added too (the tests read the request log through one). Each app has its own
    /// logger, not the static one, so that several apps in one process (the tests) neither share nor close each other's.
    /// </summary>
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) =>
        {
            var logDirectory = Path.Combine(StorageOptions.ResolveDataDirectory(builder.Configuration, builder.Environment), "logs");
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .WriteTo.File(
                    Path.Combine(logDirectory, "app-.log"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14,
                    restrictedToMinimumLevel: LogEventLevel.Information,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }, preserveStaticLogger: true);
        return builder;
    }
}
