using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DhrTracker.Migrations.SqlServer;

/// <summary>Used only by dotnet-ef to build this provider's model; the connection is never opened for 'migrations add'.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, DesignTimeConnection).Configure(options);
        return new AppDbContext(options.Options);
    }

    private const string DesignTimeConnection = "Server=localhost;Database=DhrTracker;Integrated Security=true;TrustServerCertificate=true";
}
