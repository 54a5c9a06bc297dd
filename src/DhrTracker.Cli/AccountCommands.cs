using DhrTracker.Core.Accounts;
using DhrTracker.Core.Common;
using DhrTracker.Core.Partnerships;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary>
/// Account commands for operators: the same Core services as the web app's account pages, called as
/// the installation-wide <see cref="DhrTracker.Core.Identity.DhrCommandIdentity"/>, so the same
/// refusals apply (e.g. the last active Administrator cannot be disabled).
/// </summary>
internal sealed class AccountCommands(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
{
    public async Task<int> ListAsync()
    {
        int? partnershipId = null;
        if (options.TryGetValue("partnership", out var name))
        {
            var partnership = await services.GetRequiredService<PartnershipAdmin>().FindByNameAsync(name);
            if (partnership is null)
            {
                return await CliApp.Fail(error, $"No partnership is called '{name}'.");
            }

            partnershipId = partnership.Id;
        }

        var rows = await services.GetRequiredService<AccountAdminService>().ListAsync(new AccountQuery(PartnershipId: partnershipId));
        if (rows.Count == 0)
        {
            await output.WriteLineAsync("No accounts.");
            return 0;
        }

        string[] header = ["Email", "Name", "Roles", "Agency", "Status", "2FA", "Last sign-in"];
        var lines = rows.Select(r => new[]
        {
            r.Email, r.DisplayName, string.Join(", ", r.Roles), r.AgencyName ?? "-", AccountLabels.Status(r.Status),
            r.TwoFactorEnabled ? "yes" : "no", r.LastSignInUtc is { } at ? UkDates.FormatUtc(at) : "never",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Max(l => l[i].Length))).ToArray();
        foreach (var line in lines.Prepend(header))
        {
            await output.WriteLineAsync(string.Join("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        return 0;
    }

    public Task<int> DisableAsync() => OnAccountAsync(async (userId, email) =>
    {
        var result = await services.GetRequiredService<AccountSecurityService>().DisableAsync(userId);
        return (result.Errors, $"Disabled {email}; {result.Value} live session(s) ended.");
    });

    public Task<int> EnableAsync() => OnAccountAsync(async (userId, email) =>
    {
        var result = await services.GetRequiredService<AccountSecurityService>().EnableAsync(userId);
        return (result.Errors, $"Enabled {email}.");
    });

    public Task<int> ResetTwoFactorAsync() => OnAccountAsync(async (userId, email) =>
    {
        var result = await services.GetRequiredService<AccountSecurityService>().ResetTwoFactorAsync(userId);
        return (result.Errors, $"Two-factor authentication reset for {email}; {result.Value} live session(s) ended. They set up an authenticator again at next sign-in.");
    });

    /// <summary>Finds the account by its email (exactly, ignoring case), then runs the command on it.</summary>
    private async Task<int> OnAccountAsync(Func<string, string, Task<(IReadOnlyList<FieldError> Errors, string Done)>> command)
    {
        if (CliOptions.Missing(options, "email") is { } missing)
        {
            return await CliApp.UsageError(error, missing);
        }

        var email = options["email"].Trim();
        var account = (await services.GetRequiredService<AccountAdminService>().ListAsync(new AccountQuery(Search: email)))
            .FirstOrDefault(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase));
        if (account is null)
        {
            return await CliApp.Fail(error, $"No account uses the email address '{email}'.");
        }

        var (errors, done) = await command(account.UserId, account.Email);
        if (errors.Count > 0)
        {
            return await CliOptions.RefusedAsync(error, errors);
        }

        await output.WriteLineAsync(done);
        return 0;
    }
}
