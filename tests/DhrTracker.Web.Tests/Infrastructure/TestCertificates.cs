using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DhrTracker.Web.Tests.Infrastructure;

public static class TestCertificates
{
    public const string Password = "test-only key certificate";

    /// <summary>A self-signed certificate as a deployment would give the app for its data-protection keys.</summary>
    public static string WritePfx(string folder, string name = "keys.pfx")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=DhrTracker test {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }
}
