namespace MaternalMicrobiome.Web.Application;

/// <summary>"Today" and "now" in a mother's own time zone (the server's when she has not chosen one).</summary>
public static class LocalDate
{
    public static DateOnly Today(TimeProvider clock, string? timeZoneId) => DateOnly.FromDateTime(Now(clock, timeZoneId));

    /// <summary>Her wall-clock time: what decides whether a food she adds now is breakfast or dinner.</summary>
    public static DateTime Now(TimeProvider clock, string? timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return timeZoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? TimeZoneInfo.ConvertTime(now, zone).DateTime
            : clock.GetLocalNow().DateTime;
    }

    /// <summary>The day an instant fell on in her time zone (the server's when she has not chosen one).</summary>
    public static DateOnly DateOf(DateTimeOffset instant, string? timeZoneId) =>
        timeZoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime)
            : DateOnly.FromDateTime(instant.ToLocalTime().DateTime);
}
