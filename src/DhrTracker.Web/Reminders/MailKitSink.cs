using DhrTracker.Core.Reminders;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DhrTracker.Web.Reminders;

/// <summary>Sends mail by SMTP (STARTTLS required), or writes it to the pickup folder in Development.</summary>
public sealed class MailKitSink(MailSettings settings) : IMailSink
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            await message.WriteToAsync(Path.Combine(settings.PickupDirectory, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}.eml"), ct);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host!, settings.Port, SecureSocketOptions.StartTls, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}
