using DhrTracker.Core.Data;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Web;

internal static class Startup
{
    /// <summary>
    /// Sessions: idle 30 minutes, absolute 12 hours (ASVS 7.3), decided by the server-side session the
    /// cookie names (<see cref="SessionValidation"/>); the cookie itself lasts no longer than the
    /// absolute limit. A <c>__Host-</c> cookie that only travels over HTTPS. The embedded demo may run
    /// on plain http://localhost, so Development can relax the cookie with <c>Security:SecureCookies=false</c>.
    /// </summary>
    public static void ConfigureSessionCookies(this IServiceCollection services, IConfiguration config)
    {
        var secure = config.GetValue("Security:SecureCookies", true);
        var limits = SessionLimits.From(config);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = secure ? "__Host-DhrTracker" : "DhrTracker";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = limits.Absolute;
            o.SlidingExpiration = false;
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/access-denied";
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // Signed in with a password only where MFA is mandatory: the one place to go is enrolment.
                var mfaMissing = config.GetValue("Security:RequireMfa", true) && !context.HttpContext.User.HasClaim("amr", "mfa");
                context.Response.Redirect(mfaMissing ? "/Account/Manage/EnableAuthenticator" : context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = secure ? "__Host-DhrTracker.Af" : "DhrTracker.Af";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = limits.Revalidation;
            o.OnRefreshingPrincipal = SessionClaims.CarryOverAsync;
        });
    }

    /// <summary>
    /// Azure SignalR Service (issue 15 item 5, ADR 0402), only when <c>Azure:SignalR:ConnectionString</c> is set: the browsers'
    /// circuit connections then end at the service, which routes each circuit back to the instance that holds it, so the
    /// load balancer in front of the web instances needs no sticky sessions. Off by default: one instance, or several
    /// behind a proxy with cookie affinity, need nothing outside the app. Returns whether it is on.
    /// </summary>
    public static bool AddAzureSignalRWhenConfigured(this IServiceCollection services, IConfiguration config)
    {
        var connectionString = config["Azure:SignalR:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        services.AddSignalR().AddAzureSignalR(o =>
        {
            o.ConnectionString = connectionString;
            // A Blazor circuit lives in one instance's memory: every message of it must reach that same instance.
            o.ServerStickyMode = Microsoft.Azure.SignalR.ServerStickyMode.Required;
        });
        return true;
    }

    /// <summary>
    /// Migrates the embedded database, makes sure the roles exist and, in Development only, seeds
    /// the demo partnership and accounts and prints their sign-in details.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await DatabaseMigrator.MigrateEmbeddedAsync(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>(),
            services.GetRequiredService<DatabaseSettings>());
        await RoleSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var protection = services.GetRequiredService<IDataProtectionProvider>();
        // Opening the key ring now means a missing or unreadable key certificate stops the start, not the first sign-in.
        _ = protection.CreateProtector("DhrTracker.Startup").Protect("ready");
        await IdentitySecretsUpgrade.RunAsync(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>(), protection);

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", false))
        {
            await services.GetRequiredService<DemoData>().SeedAsync();
            var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("DemoData");
            log.LogWarning("DEMO ACCOUNTS (Development only), password '{Password}': {Accounts}", DemoData.Password,
                string.Join(", ", DemoData.Accounts.Select(a => $"{a.Role}={a.Email}")));
        }
    }
}
