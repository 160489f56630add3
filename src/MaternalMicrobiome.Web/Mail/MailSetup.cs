using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Web.Mail;

public static class MailSetup
{
    public const string DevMailPath = "/dev/mail";

    /// <summary>Whether this instance runs the in-process capture server (and so /dev/mail): Development only.</summary>
    public static bool CapturesMail(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() && configuration.GetValue<bool>($"{EmailOptions.Section}:Capture:Enabled");

    /// <summary>The SMTP sender, the queue that sends after a change is saved, Identity's mail sender, and in Development the capture server.</summary>
    public static IServiceCollection AddAppMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<AppMailer>();
        services.AddSingleton<AccountEmailSender>();
        services.AddSingleton<IEmailSender<AppUser>>(sp => sp.GetRequiredService<AccountEmailSender>());
        services.AddScoped<AccountMails>();
        services.AddScoped<MailLinks>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<MailOutboxWorker>();
        if (CapturesMail(configuration, environment))
        {
            services.AddSingleton<DevMailCapture>();
            services.AddHostedService(sp => sp.GetRequiredService<DevMailCapture>());
        }

        return services;
    }

    /// <summary>
    /// /dev/mail lists what the capture server caught, to anyone who reaches this Development instance: a new account
    /// must open its confirmation mail before it can sign in, so the page cannot ask her to sign in first. Outside
    /// Development (or with the capture off) it is not mapped at all, so it answers 404.
    /// </summary>
    public static IEndpointRouteBuilder MapDevMail(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (CapturesMail(app.Configuration, app.Environment))
        {
            app.MapGet(DevMailPath, (DevMailCapture capture) =>
                Results.Content(DevMailPage.Render(capture.Server?.Messages ?? []), "text/html; charset=utf-8"));
        }

        return app;
    }
}
