using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Reports;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// Every @page route (prerendered over HTTP GET) and every download endpoint, per actor, with real sign-in cookies.
/// Ok = 200, Login = redirect to log in, Forbidden = redirect to AccessDenied (wrong role), NotFound = 404 (not linked,
/// link ended, unknown id), Refused = 200 with the page's own "does not exist" and none of her data. Client pages load
/// their audited data only once interactive, so their prerender shows the header, not the day. /plans is shared with
/// /clients/{id}/plans, so a nutritionist is let in and told "You do not have access to this." (she has no plans).
/// </summary>
public static class HttpPolicy
{
    private const HttpOutcome Ok = HttpOutcome.Ok;
    private const HttpOutcome In = HttpOutcome.Login;
    private const HttpOutcome F = HttpOutcome.Forbidden;
    private const HttpOutcome NF = HttpOutcome.NotFound;
    private const HttpOutcome R = HttpOutcome.Refused;

    public static IReadOnlyList<HttpRow> Rows { get; } =
    [
        //  route                                         Anon Owner Other Linked Unlinked Ended Admin
        // ----- public pages -----
        Get("/",                                          Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/"),
        Get("/evidence",                                  Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/evidence"),
        Get("/not-found",                                 Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/not-found"),
        Get("/Error",                                     Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Error"),
        Get("/Account/Login",                             Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/Login"),
        Get("/Account/Register",                          Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/Register"),
        Get("/Account/Lockout",                           NF,  NF,   NF,   NF,    NF,      NF,   NF, _ => "/Account/Lockout"),
        Get("/Account/Login?returnUrl=//evil.example",   Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/Login?returnUrl=%2F%2Fevil.example"),
        Get("/Account/AccessDenied",                      Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/AccessDenied"),
        Get("/Account/ForgotPassword",                    Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/ForgotPassword"),
        Get("/Account/ResetPassword",                     Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/ResetPassword?userId=unknown&code=QUJD"),
        Get("/Account/ConfirmEmail",                      Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/ConfirmEmail?userId=unknown&code=QUJD"),
        Get("/Account/ResendEmailConfirmation",           Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/Account/ResendEmailConfirmation"),
        // Mapped only in Development with the in-process capture on (off here: tests capture in the test process); DevMailTests.
        Get("/dev/mail",                                  NF,  NF,   NF,   NF,    NF,      NF,   NF, _ => "/dev/mail"),
        Get("/no/such/page",                              NF,  NF,   NF,   NF,    NF,      NF,   NF, _ => "/no/such/page"),

        // ----- any signed-in user -----
        Get("/foods",                                     In,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => "/foods"),

        // ----- the mother's own pages -----
        Get("/today",                                     In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/today", showsMarker: true),
        Get("/week",                                      In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/week"),
        Get("/trends",                                    In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/trends"),
        Get("/profile",                                   In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/profile"),
        Get("/my-foods",                                  In,  Ok,   Ok,   Ok,    Ok,      Ok,   F,  _ => "/my-foods", showsMarker: true, callersOwn: true),
        Get("/my-targets",                                In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/my-targets"),
        Get("/my-nutritionist",                           In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/my-nutritionist"),
        Get("/comments",                                  In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/comments", showsMarker: true),
        Get("/Account/DeleteAccount",                     In,  Ok,   Ok,   F,     F,       F,    F,  _ => "/Account/DeleteAccount"),

        // ----- plans: hers, and her linked nutritionist's view -----
        Get("/plans",                                     In,  Ok,   Ok,   R,     R,       R,    F,  _ => "/plans", showsMarker: true),
        Get("/plan-templates",                            In,  Ok,   Ok,   Ok,    Ok,      Ok,   F,  _ => "/plan-templates"),
        Get("/plans/{her plan}",                          In,  Ok,   R,    Ok,    R,       R,    F,  w => $"/plans/{w.PlanId}", showsMarker: true),
        Get("/plans/{her plan}/shopping",                 In,  Ok,   R,    Ok,    R,       R,    F,  w => $"/plans/{w.PlanId}/shopping", showsMarker: true),
        Get("/plans/{unknown}",                           In,  R,    R,    R,     R,       R,    F,  _ => "/plans/987654"),

        // ----- the nutritionist's pages; a client page of someone not her client is a 404 -----
        Get("/clients",                                   In,  F,    F,    Ok,    Ok,      Ok,   F,  _ => "/clients"),
        Get("/inbox",                                     In,  F,    F,    Ok,    Ok,      Ok,   F,  _ => "/inbox"),
        Get("/clients/invites",                           In,  F,    F,    Ok,    Ok,      Ok,   F,  _ => "/clients/invites"),
        Get("/practice-details",                          In,  F,    F,    Ok,    Ok,      Ok,   F,  _ => "/practice-details"),
        Get("/clients/{her}",                             In,  F,    F,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}"),
        Get("/clients/{her}/week",                        In,  F,    F,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}/week"),
        Get("/clients/{her}/trends",                      In,  F,    F,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}/trends"),
        Get("/clients/{her}/targets",                     In,  F,    F,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}/targets"),
        Get("/clients/{her}/report",                      In,  F,    F,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}/report"),
        Get("/clients/{her}/report?week=9999-12-31",      In,  F,    F,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}/report?week=9999-12-31"),
        Get("/clients/{her}/plans",                       In,  R,    R,    Ok,    NF,      NF,   F,  w => $"/clients/{w.Owner.Id}/plans", showsMarker: true),
        Get("/clients/{unknown}",                         In,  F,    F,    NF,    NF,      NF,   F,  _ => "/clients/no-such-client"),
        Get("/clients/{unknown}/report",                  In,  F,    F,    NF,    NF,      NF,   F,  _ => "/clients/no-such-client/report"),
        Get("/clients/{unknown}/plans",                   In,  R,    R,    NF,    NF,      NF,   F,  _ => "/clients/no-such-client/plans"),

        // ----- admin pages -----
        Get("/admin/users",                               In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/users"),
        Get("/admin/audit",                               In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/audit"),
        Get("/admin/foods",                               In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/foods"),
        Get("/admin/foods/new",                           In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/foods/new"),
        Get("/admin/foods/{catalog food}",                In,  F,    F,    F,     F,       F,    Ok, w => $"/admin/foods/{w.OatsId}"),
        Get("/admin/foods/{her private food}",            In,  F,    F,    F,     F,       F,    R,  w => $"/admin/foods/{w.PrivateFoodId}"),
        Get("/admin/foods/merge",                         In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/foods/merge"),
        Get("/admin/references",                          In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/references"),
        Get("/admin/references/new",                      In,  F,    F,    F,     F,       F,    Ok, _ => "/admin/references/new"),
        Get("/admin/references/{id}",                     In,  F,    F,    F,     F,       F,    Ok, w => $"/admin/references/{w.ReferenceId}"),

        // ----- endpoints -----
        Get("GET /api/foods?search=(her food)",           Ok,  Ok,   Ok,   Ok,    Ok,      Ok,   Ok, _ => $"/api/foods?search={MatrixWorld.HealthMarker}"),
        Get("GET /my-data/export.json",                   In,  Ok,   Ok,   F,     F,       F,    F,  _ => MyDataEndpoints.JsonPath, showsMarker: true),
        Get("GET /my-data/entries.csv",                   In,  Ok,   Ok,   F,     F,       F,    F,  _ => MyDataEndpoints.CsvPath, showsMarker: true),
        Get("GET /admin/foods/export.csv",                In,  F,    F,    F,     F,       F,    Ok, _ => FoodAdminEndpoints.ExportPath),
        Get("GET /plans/{her plan}/shopping.csv",         In,  Ok,   NF,   Ok,    NF,      NF,   F,  w => PlanEndpoints.ShoppingCsvPath(w.PlanId), showsMarker: true),
        Get("GET /plans/{unknown}/shopping.csv",          In,  NF,   NF,   NF,    NF,      NF,   F,  _ => PlanEndpoints.ShoppingCsvPath(987654)),
        Get("GET /clients/{her}/report.pdf",              In,  F,    F,    Ok,    NF,      NF,   F,  w => ReportEndpoints.PdfPath(w.Owner.Id, MatrixWorld.Today.AddDays(-6))),
        Get("GET /clients/{her}/report.csv",              In,  F,    F,    Ok,    NF,      NF,   F,  w => ReportEndpoints.CsvPath(w.Owner.Id, MatrixWorld.Today.AddDays(-6))),
        Get("GET /clients/{unknown}/report.csv",          In,  F,    F,    NF,    NF,      NF,   F,  _ => ReportEndpoints.CsvPath("no-such-client", MatrixWorld.Today)),
    ];

    private static HttpRow Get(
        string name, HttpOutcome anonymous, HttpOutcome owner, HttpOutcome otherMother, HttpOutcome linked, HttpOutcome unlinked,
        HttpOutcome ended, HttpOutcome admin, Func<MatrixWorld, string> path, bool showsMarker = false, bool callersOwn = false) =>
        new(name, anonymous, owner, otherMother, linked, unlinked, ended, admin, path, showsMarker, callersOwn);
}
