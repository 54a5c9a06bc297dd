namespace DhrTracker.Web.Reminders;

/// <summary>
/// The "Mail" configuration section. With <see cref="PickupDirectory"/> set (Development), mail is
/// written there as .eml files and nothing leaves the machine; otherwise it goes by SMTP.
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "dhrtracker@localhost";
    public string? PickupDirectory { get; set; }

    /// <summary>Reminders are off unless mail can go somewhere.</summary>
    public bool CanSend => !string.IsNullOrWhiteSpace(PickupDirectory) || !string.IsNullOrWhiteSpace(Host);
}
