using DhrTracker.Core.Data;

namespace DhrTracker.Web.Reminders;

/// <summary>
/// The "Mail" configuration section. With <see cref="PickupDirectory"/> set (Development), mail is
/// written there as .eml files and nothing leaves the machine; otherwise it goes by SMTP. A relative
/// pickup folder lies under the data folder, beside the embedded database, not wherever the app was
/// started from (it used to land under src/).
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "dhrtracker@localhost";
    public string? PickupDirectory { get; set; }

    public static MailSettings Read(IConfiguration config)
    {
        var settings = config.GetSection("Mail").Get<MailSettings>() ?? new();
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory) && !Path.IsPathRooted(settings.PickupDirectory))
        {
            settings.PickupDirectory = Path.Combine(DatabaseSettings.DataDirectory(config), settings.PickupDirectory);
        }

        return settings;
    }

    /// <summary>Reminders are off unless mail can go somewhere.</summary>
    public bool CanSend => !string.IsNullOrWhiteSpace(PickupDirectory) || !string.IsNullOrWhiteSpace(Host);
}
