using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace DhrTracker.Core.Data;

/// <summary>
/// The certificate that encrypts the data-protection key ring at rest (R24). The key ring lives in
/// the database, so without this a database copy could forge session cookies and open sealed
/// authenticator keys. Production must provide one (<c>DataProtection:CertificatePath</c>, a PFX,
/// and <c>DataProtection:CertificatePassword</c>); Development makes its own in the data folder.
/// </summary>
public static class KeyCertificate
{
    public const string PathKey = "DataProtection:CertificatePath";
    public const string PasswordKey = "DataProtection:CertificatePassword";
    public const string PreviousPathKey = "DataProtection:PreviousCertificatePath";
    public const string PreviousPasswordKey = "DataProtection:PreviousCertificatePassword";
    private const string DevelopmentFile = "dataprotection-development.pfx";

    /// <summary>
    /// The certificate the key ring was encrypted with before the current one (key rotation, deploy/RUNBOOK.md), or null.
    /// It only reads keys back, never encrypts new ones. Keys are never removed from the ring, and sealed authenticator keys
    /// need the key that sealed them, so it stays configured for as long as any key it encrypted is in the ring.
    /// </summary>
    public static X509Certificate2? LoadPrevious(IConfiguration config)
    {
        var path = config[PreviousPathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{PreviousPathKey} is '{path}', but there is no file there.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, config[PreviousPasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate at {PreviousPathKey} has no private key, so it could not read the key ring.");
    }

    /// <summary>The configured certificate; Development's own when none is; otherwise an error, or null where not <paramref name="required"/>.</summary>
    public static X509Certificate2? Load(IConfiguration config, bool isDevelopment, bool required = true)
    {
        var path = config[PathKey];
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{PathKey} is '{path}', but there is no file there.");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, config[PasswordKey], X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The certificate at {PathKey} has no private key, so the key ring could not be read back.");
        }

        if (!isDevelopment)
        {
            return !required ? null : throw new InvalidOperationException(
                $"{PathKey} is not set. Outside Development the data-protection keys must be encrypted at rest with a certificate: see deploy/RUNBOOK.md.");
        }

        return DevelopmentCertificate(Path.Combine(DatabaseSettings.DataDirectory(config), DevelopmentFile));
    }

    /// <summary>Made once per machine for the embedded demo, beside its database.</summary>
    private static X509Certificate2 DevelopmentCertificate(string file)
    {
        if (!File.Exists(file))
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=DhrTracker development key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
            File.WriteAllBytes(file, created.Export(X509ContentType.Pkcs12));
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
