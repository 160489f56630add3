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
}
