using Microsoft.Extensions.Configuration;

namespace DhrTracker.Core.Data;

/// <summary>
/// Reads <c>Database:Provider</c> and <c>ConnectionStrings:Dhr</c>. The web app and the <c>dhr</c>
/// command read the same keys, so with no settings both reach the same embedded SQLite file.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "DhrTracker.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "DhrTracker.Migrations.SqlServer";

    public static DatabaseSettings From(IConfiguration config)
    {
        var providerText = config["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'. Use 'Sqlite' (embedded, the default) or 'SqlServer'.");
        }

        var cs = config.GetConnectionString("Dhr");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Dhr is not set.");
            }

            cs = $"Data Source={Path.Combine(DataDirectory(config), "dhr.db")}";
        }

        return new DatabaseSettings(provider, cs);
    }

    /// <summary>Where the embedded database lives: <c>Database:DataDirectory</c>, else the user's local data folder.</summary>
    public static string DataDirectory(IConfiguration config)
    {
        var dir = config["Database:DataDirectory"];
        if (string.IsNullOrWhiteSpace(dir))
        {
            dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.Create), "DhrTracker");
        }

        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(ConnectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }
}
