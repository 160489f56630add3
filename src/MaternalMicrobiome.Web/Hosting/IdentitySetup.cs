using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Web.Hosting;

public static class IdentitySetup
{
    /// <summary>
    /// ASP.NET Core Identity on the app database: cookie sign-in and roles, confirmed email addresses. No lockout after failed log ins (a stranger
    /// who knows her email could lock her out): <see cref="FailedLogInThrottle"/> slows guessing per client address.
    /// </summary>
    public static IServiceCollection AddAppIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<SecurityStampCheck>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;

            // Every request checks the stamp in the database (instead of Identity's every 30 minutes), so a session
            // ended by log out, password or role change or deletion stops at once on every instance.
            cookie.Events.OnValidatePrincipal = SecurityStampCheck.ValidateCookieAsync;
        });
        services.AddAuthorization();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = false;

                // She confirms her address from the mailed link before she can sign in (demo accounts are made confirmed).
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }
}
