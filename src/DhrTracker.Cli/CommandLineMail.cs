using DhrTracker.Core.Reminders;

namespace DhrTracker.Cli;

/// <summary>
/// The command sends no mail: invitations and reminders are the web app's. Registered so the services
/// that could send some still resolve (Development validates every registration when the host starts).
/// </summary>
internal sealed class CommandLineMail : IMailSink
{
    public Task SendAsync(OutgoingMail mail, CancellationToken ct = default) =>
        throw new InvalidOperationException("The dhr command sends no mail; invitations and reminders are sent by the web app.");
}
