using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DhrTracker.Core.Reminders;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>Keeps every mail the services send, so a test can read an invitation link as the recipient would.</summary>
public sealed partial class MailOutbox : IMailSink
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    /// <summary>While set, sending fails as an unreachable mail server would.</summary>
    public bool Broken { get; set; }

    public Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        if (Broken)
        {
            throw new IOException("The mail server did not answer.");
        }

        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    /// <summary>The token of the newest invitation link sent to <paramref name="to"/>.</summary>
    public string LastTokenFor(string to)
    {
        var mail = Sent.Last(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase));
        return TokenInLink().Match(mail.Body).Groups[1].Value;
    }

    [GeneratedRegex(@"/Account/AcceptInvitation\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenInLink();
}
