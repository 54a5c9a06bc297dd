using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>Self-signed certificates made at fixture start: nothing is installed, trusted or kept after the run.</summary>
public static class TestCertificates
{
    /// <summary>Kestrel's HTTPS certificate for localhost and 127.0.0.1 (the browser is told to accept it).</summary>
    public static X509Certificate2 CreateServer()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return Exportable(request);
    }

    /// <summary>The certificate that encrypts the data-protection key ring at rest, written as a PFX the app loads.</summary>
    public static void WriteDataProtectionPfx(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DhrTracker E2E data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var certificate = Exportable(request);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }

    // A round trip through PFX gives a certificate whose private key every platform's TLS stack can use.
    private static X509Certificate2 Exportable(CertificateRequest request)
    {
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }
}
