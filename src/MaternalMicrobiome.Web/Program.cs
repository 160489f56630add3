using MaternalMicrobiome.Web.Components;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.Catalog;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Hosting;
using MaternalMicrobiome.Web.Mail;
using MudBlazor.Services;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppLogging();
builder.Services.AddAppData(builder.Configuration, builder.Environment);
builder.Services.AddAppIdentity();
builder.Services.AddAppMail(builder.Configuration, builder.Environment);
builder.Services.AddAccountRateLimits(builder.Configuration);
builder.Services.AddAppServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddAppReverseProxy(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<AppExceptionHandler>();

// X-Frame-Options comes from SecurityHeaders (DENY); antiforgery would add a second, weaker SAMEORIGIN.
builder.Services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseAppForwardedHeaders(app.Configuration);
app.UseInstanceHeader(app.Configuration);

// Outside the exception handler and the status code pages, so each request is logged once, with the status sent:
// inside them a NotFoundException answered 404 was still an exception, logged as 500 (RequestLoggingTests).
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());

// One error policy for endpoints: AppExceptionHandler answers the expected exceptions (400, 403, 404 with
// ProblemDetails) in every environment; anything else is the /Error page in production, a 500 ProblemDetails in development.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = app.Environment.IsDevelopment() ? PathString.Empty : "/Error",
    CreateScopeForErrors = true,
});

if (!app.Environment.IsDevelopment())
{
    // Behind TLS in production: browsers remember to use HTTPS only (ASP.NET Core's default max-age, 30 days).
    app.UseHsts();
}

app.UseSecurityHeaders();

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
// Our Content-Security-Policy already says frame-ancestors 'none'; Blazor would add a second policy with 'self'.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
app.MapAccountEndpoints();
app.MapDevMail();
app.MapCatalogEndpoints();
app.MapFoodAdminEndpoints();
app.MapMyDataEndpoints();
app.MapPlanEndpoints();
app.MapReportEndpoints();

await app.RunAsync();
