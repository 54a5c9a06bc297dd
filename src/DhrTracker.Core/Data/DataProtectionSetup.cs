using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Data;

public static class DataProtectionSetup
{
    /// <summary>
    /// One key ring for every web instance: a fixed application name, keys in the database, each key
    /// encrypted with the <see cref="KeyCertificate"/> and read back with it (Linux has no machine
    /// store to find it in). Without a certificate (the <c>dhr</c> command where none is configured,
    /// tests of the Core services) the keys live in memory only and never reach the database.
    /// </summary>
    /// <param name="previous">The certificate before a rotation, if any: it reads the keys it encrypted, and encrypts nothing.</param>
    public static IServiceCollection AddDhrDataProtection(this IServiceCollection services, X509Certificate2? certificate,
        X509Certificate2? previous = null)
    {
        var builder = services.AddDataProtection().SetApplicationName("DhrTracker");
        if (certificate is null)
        {
            builder.UseEphemeralDataProtectionProvider();
            return services;
        }

        X509Certificate2[] readers = previous is null ? [certificate] : [certificate, previous];
        builder.PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(readers);
        return services;
    }
}
