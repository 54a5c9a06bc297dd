using System.Globalization;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Web;
using DhrTracker.Web.Components;
using DhrTracker.Web.Components.Account;
using DhrTracker.Web.Documents;
using DhrTracker.Web.Observability;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
// UK formats whatever the browser asks for or the server's locale is (issue 16, ADR 0384): requests and circuits
// through request localisation, background work (reminders) through the process default.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = UkCulture.Culture;
var requireMfa = builder.Configuration.GetValue("Security:RequireMfa", true);
if (!requireMfa && !builder.Environment.IsDevelopment())
{
    throw new InvalidOperationException("Security:RequireMfa cannot be switched off outside Development: two-factor sign-in is mandatory.");
}

builder.Services.AddRazorComponents().AddInteractiveServerComponents(o =>
    o.DetailedErrors = builder.Environment.IsDevelopment());
builder.Services.AddMudServices();
builder.Services.AddAzureSignalRWhenConfigured(builder.Configuration);

builder.Services.AddDhrCore(builder.Configuration);
builder.Services.AddScoped<IUserIdSource, AuthStateUserIdSource>();
var mail = DhrTracker.Web.Reminders.MailSettings.Read(builder.Configuration);
builder.Services.AddSingleton(mail);
builder.Services.AddSingleton<DhrTracker.Core.Reminders.IMailSink, DhrTracker.Web.Reminders.MailKitSink>();
builder.Services.AddHostedService<DhrTracker.Web.Reminders.ReminderWorker>();

builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<IdentityRedirectManager>();
builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
builder.Services.AddAuthentication(o =>
    {
        o.DefaultScheme = IdentityConstants.ApplicationScheme;
        o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
    })
    .AddIdentityCookies();
builder.Services.AddDhrIdentityCore().AddSignInManager<DhrSignInManager>().AddDefaultTokenProviders();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, SessionActivityCircuitHandler>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, AuditOriginCircuitHandler>();
builder.Services.AddSingleton<IEmailSender<AppUser>, IdentityNoOpEmailSender>();
builder.Services.ConfigureSessionCookies(builder.Configuration);
builder.Services.AddAuthorization(o => Policies.Register(o, requireMfa));

builder.Services.AddDhrDataProtection(KeyCertificate.Load(builder.Configuration, builder.Environment.IsDevelopment()),
    KeyCertificate.LoadPrevious(builder.Configuration));
builder.Services.AddHsts(o =>
{
    o.MaxAge = TimeSpan.FromDays(365);
    o.IncludeSubDomains = true;
});
builder.Services.AddDhrHealthChecks();
builder.AddDhrTelemetry();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseRequestLocalization(UkCulture.Options());
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuditOrigin();
app.UseRouting();
app.UseUnknownAccountPagesAsNotFound();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapDownloads();
app.MapExports();
app.MapImportTemplates();
app.MapBriefingDownloads();
app.MapReviewPrint();
app.MapAnalyticsCsv();
app.MapMeetingInvitations();
app.MapDhrHealthEndpoints();

await app.PrepareDatabaseAsync();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
