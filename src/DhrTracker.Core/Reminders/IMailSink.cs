namespace DhrTracker.Core.Reminders;

/// <summary>Where mail goes: SMTP through MailKit in production, a folder in Development, a list in tests.</summary>
public interface IMailSink
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct = default);
}
