using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DhrTracker.Cli;

/// <summary>
/// The <c>dhr</c> admin command. It reads the same configuration keys and environment variables as
/// the web app (appsettings.json, DOTNET_/ASPNETCORE_ environment, e.g. ConnectionStrings__Dhr),
/// so both reach the same database.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        Usage: dhr <command> [options]

        Commands:
          migrate                                            Bring the database up to date (SQLite and SQL Server).
          create-partnership --name NAME --prefix PREFIX     Create a partnership, e.g. --prefix "Northbridge DHR".
          create-user --email E --role R [--partnership NAME] [--agency NAME] [--name DISPLAY]
                                                             Create an account. Password from DHR_PASSWORD, or generated and printed once.
                                                             Roles: Administrator, Coordinator, PanelMember, Manager, AgencyLead.
          list-users [--partnership NAME]                    List accounts: email, name, roles, agency, status, 2FA, last sign-in.
          disable-user --email E                             Disable an account and end its sessions (not the last active Administrator).
          enable-user --email E                              Enable a disabled account again.
          reset-mfa --email E                                Remove the account's authenticator and recovery codes and end its sessions;
                                                             the person sets up an authenticator again at next sign-in.
          audit verify                                       Walk the audit trail's hash chain: exit 0 and "audit: N entries, chain intact",
                                                             or exit 1 naming the first entry that was changed, removed or inserted.
          retention run [--dry-run]                          List the reviews that ended longer ago than their partnership's retention
                                                             period and remove each one's case content and documents (audit entries stay).
                                                             Reviews under legal hold are kept and listed. --dry-run lists and removes nothing.
          import reviews FILE --partnership NAME [--skip-existing] [--dry-run]
                                                             Bring past reviews in from a CSV or .xlsx file (docs/import-template.md): all of it
                                                             or, when any row is wrong, nothing. --skip-existing leaves references already in
                                                             the register alone (and lists them) instead of refusing the file.
          import actions FILE --partnership NAME [--dry-run]
                                                             Bring existing reviews' action plans in the same way.
                                                             For both, --dry-run prints the preview and writes nothing; the preview goes to
                                                             standard output and every error, one line each, to standard error.
          import national FOLDER                             Load the national picture (DHRD: incidents.csv, victims.csv, perpetrators.csv)
                                                             from FOLDER, replacing the national data already loaded; when any file is
                                                             missing or wrong, every problem is listed and nothing changes.
          briefing --partnership NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format json|markdown
                                                             The 7-minute briefing of the reviews decided to be held and notified in the period
                                                             (all time without --from and --to), to standard output. The JSON is a stable
                                                             contract for other tools (docs/decisions/0320) and carries exact counts.
          seed-synthetic --partnerships N --reviews N --seed S
                                                             Fill an empty database with synthetic partnerships and reviews that follow the
                                                             shipped national data, for demos, benchmarks and load tests (docs/decisions/0401).
                                                             The same seed and counts give the same data. It refuses a database that already
                                                             has a partnership, and writes everything or nothing.

        The commands act as the installation itself ('dhr-command' in the audit trail): an installation-wide
        Administrator for accounts, following the same rules as the web app, and the only caller allowed retention.

        Exit codes: 0 done, 1 refused or not found, 2 usage error. For import, 1 is also a file with errors
        (nothing written), and 2 also no such file or no such partnership. For briefing, 2 is also a date not written
        YYYY-MM-DD or an end before the start, and 1 no such partnership. For seed-synthetic, 2 is also a number that is
        not a whole number, and 1 a count out of range or a database that is not empty.
        """;

    /// <summary>Which commands take each flag; a flag given to any other command is a usage error.</summary>
    private static readonly Dictionary<string, string[]> FlagOwners = new(StringComparer.OrdinalIgnoreCase)
    {
        [RetentionCommands.DryRun] = ["retention run", "import reviews", "import actions"],
        [ImportCommands.SkipExisting] = ["import reviews"],
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? overrides = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        // Two-word commands ("audit verify", "retention run", "import reviews") read as one.
        var command = args.Length > 1 && args[0] is "audit" or "retention" or "import" && !args[1].StartsWith("--", StringComparison.Ordinal)
            ? $"{args[0]} {args[1]}" : args[0];
        var parsed = CliArguments.Parse(args.Skip(command.Count(c => c == ' ') + 1), takesPositional: command.StartsWith("import ", StringComparison.Ordinal));
        if (parsed.Error is not null)
        {
            await error.WriteLineAsync($"dhr: {parsed.Error}");
            return 2;
        }

        if (parsed.FlagsGiven.FirstOrDefault(f => !FlagOwners[f].Contains(command)) is { } stray)
        {
            var owners = FlagOwners[stray].Select(c => $"'dhr {c}'").ToList();
            var list = owners.Count == 1 ? owners[0] : $"{string.Join(", ", owners[..^1])} and {owners[^1]}";
            return await UsageError(error, $"--{stray} is an option of {list} only.");
        }

        using var host = BuildHost(overrides);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestOrigin>().Set(null, "dhr command line");
        var commands = new CliCommands(scope.ServiceProvider, parsed.Options, output, error);
        var accounts = new AccountCommands(scope.ServiceProvider, parsed.Options, output, error);
        try
        {
            return command switch
            {
                "migrate" => await commands.MigrateAsync(),
                "create-partnership" => await commands.CreatePartnershipAsync(),
                "create-user" => await commands.CreateUserAsync(),
                "list-users" => await accounts.ListAsync(),
                "disable-user" => await accounts.DisableAsync(),
                "enable-user" => await accounts.EnableAsync(),
                "reset-mfa" => await accounts.ResetTwoFactorAsync(),
                "audit verify" => await new AuditCommands(scope.ServiceProvider, output, error).VerifyAsync(),
                "retention run" => await new RetentionCommands(scope.ServiceProvider, parsed, output, error).RunAsync(),
                "import reviews" => await new ImportCommands(scope.ServiceProvider, parsed, output, error).RunAsync(ImportKind.Reviews),
                "import actions" => await new ImportCommands(scope.ServiceProvider, parsed, output, error).RunAsync(ImportKind.Actions),
                "import national" => await new NationalCommands(scope.ServiceProvider, parsed, output, error).ImportAsync(),
                "briefing" => await new BriefingCommands(scope.ServiceProvider, parsed, output, error).RunAsync(),
                "seed-synthetic" => await new SyntheticCommands(scope.ServiceProvider, parsed, output, error).SeedAsync(),
                _ => await UsageError(error, $"unknown command '{command}'. Run 'dhr --help' for the list."),
            };
        }
        catch (InvalidOperationException ex)
        {
            return await Fail(error, ex.Message);
        }
        catch (NotFoundException ex)
        {
            return await Fail(error, ex.Message);
        }
    }

    /// <summary>Refused or not found: exit code 1.</summary>
    internal static async Task<int> Fail(TextWriter error, string message)
    {
        await error.WriteLineAsync($"dhr: {message}");
        return 1;
    }

    /// <summary>The command line itself is wrong: exit code 2.</summary>
    internal static async Task<int> UsageError(TextWriter error, string message)
    {
        await error.WriteLineAsync($"dhr: {message}");
        return 2;
    }

    private static IHost BuildHost(IConfiguration? overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = overrides?[HostDefaults.EnvironmentKey] ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                              ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Configuration.AddEnvironmentVariables("ASPNETCORE_");
        if (overrides is not null)
        {
            builder.Configuration.AddConfiguration(overrides);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDhrCore(builder.Configuration);
        // The command line acts as the installation itself (an installation-wide Administrator), never as a signed-in user.
        builder.Services.AddScoped<IUserIdSource, DhrCommandIdentity>();
        builder.Services.AddDhrIdentityCore();
        builder.Services.AddSingleton<Core.Reminders.IMailSink, CommandLineMail>();
        // The web app's key ring where the deployment gives the command its certificate; otherwise keys in memory only.
        builder.Services.AddDhrDataProtection(KeyCertificate.Load(builder.Configuration, builder.Environment.IsDevelopment(), required: false),
            KeyCertificate.LoadPrevious(builder.Configuration));
        return builder.Build();
    }
}
