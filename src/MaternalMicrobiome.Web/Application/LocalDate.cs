namespace MaternalMicrobiome.Web.Application;

/// <summary>"Today" in a mother's own time zone (the server's when she has not chosen one).</summary>
public static class LocalDate
{
    public static DateOnly Today(TimeProvider clock, string? timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return timeZoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime)
            : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>The day an instant fell on in her time zone (the server's when she has not chosen one).</summary>
    public static DateOnly DateOf(DateTimeOffset instant, string? timeZoneId) =>
        timeZoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime)
            : DateOnly.FromDateTime(instant.ToLocalTime().DateTime);
}
