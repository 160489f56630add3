using MaternalMicrobiome.Web.Api;
using MaternalMicrobiome.Web.Components;
using MaternalMicrobiome.Web.Components.Account;
using MaternalMicrobiome.Web.Components.Pages.Admin.Foods;
using MaternalMicrobiome.Web.Components.Pages.MyData;
using MaternalMicrobiome.Web.Components.Pages.Reports;
using MaternalMicrobiome.Web.Hosting;
using MudBlazor.Services;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppLogging();
builder.Services.AddAppData(builder.Configuration, builder.Environment);
builder.Services.AddAppIdentity();
builder.Services.AddAppServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();

await app.InitializeDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseSerilogRequestLogging();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapApiEndpoints();
app.MapFoodAdminEndpoints();
app.MapMyDataEndpoints();
app.MapReportEndpoints();

await app.RunAsync();
