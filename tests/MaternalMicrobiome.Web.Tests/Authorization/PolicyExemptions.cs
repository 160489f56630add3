namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// Service methods, routes and endpoints that need no row in the matrix, each with the reason. Everything else must have
/// one (<see cref="PolicyCompletenessTests"/>).
/// </summary>
public static class PolicyExemptions
{
    public static IReadOnlyDictionary<string, string> ServiceOperations { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AccountService.CreateAsync"] = "creates a new account (the register form, unconfirmed; demo accounts, confirmed); it reads and "
            + "changes no existing user's data. The register form is in AccountSecurityTests, AccountEmailTests and the bad-input corpus.",
        ["ClientTargetService.Shown"] = "static: formats a number for the history list; reads no data.",
        ["ClientTargetService.ShownWeight"] = "static: formats a weight for the history list; reads no data.",
        ["RosterService.Summarize"] = "static and pure: sums the numbers the roster's checked query already read.",
        ["WeeklyReportService.DefaultWeekStart"] = "static date arithmetic; reads no data.",
    };

    public static IReadOnlyDictionary<string, string> Routes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    public static IReadOnlyDictionary<string, string> Endpoints { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["* /health"] = "the health check answers Healthy or Unhealthy to anyone and reads no user data (docs/operations.md).",
        ["POST /Account/Logout"] = "ends the caller's own session only; AccountSecurityTests proves it refuses a post without the "
            + "antiforgery token and signs out with it.",
    };
}
