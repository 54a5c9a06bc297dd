using DhrTracker.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary><c>dhr audit verify</c>: walks the audit chain and names the first entry that was changed, removed or inserted.</summary>
internal sealed class AuditCommands(IServiceProvider services, TextWriter output, TextWriter error)
{
    public async Task<int> VerifyAsync()
    {
        var verified = await services.GetRequiredService<AuditVerifier>().VerifyAsync();
        if (!verified.Succeeded)
        {
            return await CliOptions.RefusedAsync(error, verified.Errors);
        }

        var result = verified.Value!;
        if (!result.Intact)
        {
            await error.WriteLineAsync($"audit: chain broken after {result.Entries - 1} good entries: {result.Problem}");
            return 1;
        }

        await output.WriteLineAsync($"audit: {result.Entries} entries, chain intact");
        // Kept off the database server, this is what shows entries forged at the very end (deploy/RUNBOOK.md).
        await output.WriteLineAsync($"last hash: {result.LastHash}");
        return 0;
    }
}
