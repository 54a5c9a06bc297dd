using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

internal sealed class CliCommands(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
{
    public async Task<int> MigrateAsync()
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            // The command is the deployment's tool, so unlike the web app it migrates SQL Server too.
            await db.Database.MigrateAsync();
        }

        await RoleSeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        await output.WriteLineAsync("Database is up to date.");
        return 0;
    }

    public async Task<int> CreatePartnershipAsync()
    {
        if (CliOptions.Missing(options, "name", "prefix") is { } missing)
        {
            return await CliApp.UsageError(error, missing);
        }

        var result = await services.GetRequiredService<PartnershipAdmin>()
            .CreateAsync(new NewPartnershipInput { Name = options["name"], ReferencePrefix = options["prefix"] });
        if (!result.Succeeded)
        {
            return await Refused(result.Errors);
        }

        await output.WriteLineAsync($"Created partnership '{options["name"].Trim()}' (id {result.Value}).");
        return 0;
    }

    public async Task<int> CreateUserAsync()
    {
        if (CliOptions.Missing(options, "email", "role") is { } missing)
        {
            return await CliApp.UsageError(error, missing);
        }

        var result = await services.GetRequiredService<UserAdmin>().CreateAsync(options["email"], options["role"],
            options.GetValueOrDefault("partnership"), Environment.GetEnvironmentVariable("DHR_PASSWORD"), options.GetValueOrDefault("name"),
            agencyName: options.GetValueOrDefault("agency"));
        if (!result.Succeeded)
        {
            return await Refused(result.Errors);
        }

        await output.WriteLineAsync($"Created {options["email"]} as {Roles.Find(options["role"])}.");
        if (result.Value!.PasswordWasGenerated)
        {
            await output.WriteLineAsync($"Password (shown once; the user must set up two-factor authentication at first sign-in): {result.Value.Password}");
        }

        return 0;
    }

    private Task<int> Refused(IEnumerable<DhrTracker.Core.Common.FieldError> errors) => CliOptions.RefusedAsync(error, errors);
}
