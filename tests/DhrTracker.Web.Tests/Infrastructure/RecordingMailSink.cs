using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DhrTracker.Core.Reminders;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>Stands in for SMTP in the web host, so a test can follow an invitation link as the recipient would.</summary>
public sealed partial class RecordingMailSink : IMailSink
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    public string LastTokenFor(string to) =>
        TokenInLink().Match(Sent.Last(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase)).Body).Groups[1].Value;

    [GeneratedRegex(@"/Account/AcceptInvitation\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenInLink();
}
