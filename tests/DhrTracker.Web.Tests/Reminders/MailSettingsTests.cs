using DhrTracker.Web.Reminders;
using Microsoft.Extensions.Configuration;

namespace DhrTracker.Web.Tests.Reminders;

/// <summary>
/// Issue 16, item 15: Development's mail pickup folder ("mail") used to be relative to wherever the app was started,
/// which put .eml files (with people's names in them) under src/. A relative folder now lies under the data folder.
/// </summary>
public sealed class MailSettingsTests
{
    [Fact]
    public void A_relative_pickup_folder_lies_under_the_data_folder()
    {
        var data = Path.Combine(Path.GetTempPath(), "dhr-mail-" + Guid.NewGuid().ToString("N"));

        var settings = MailSettings.Read(Config(("Mail:PickupDirectory", "mail"), ("Database:DataDirectory", data)));

        Assert.Equal(Path.Combine(data, "mail"), settings.PickupDirectory);
    }

    [Fact]
    public void An_absolute_pickup_folder_and_no_folder_are_kept_as_configured()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "dhr-pickup");

        Assert.Equal(absolute, MailSettings.Read(Config(("Mail:PickupDirectory", absolute), ("Database:DataDirectory", "/elsewhere"))).PickupDirectory);
        Assert.Null(MailSettings.Read(Config(("Mail:Host", "smtp.example.org"))).PickupDirectory);
    }

    [Fact]
    public void Developments_settings_name_a_relative_folder_so_it_follows_the_data_folder()
    {
        var development = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json"), optional: false).Build();

        var folder = development["Mail:PickupDirectory"];

        Assert.False(string.IsNullOrWhiteSpace(folder));
        Assert.False(Path.IsPathRooted(folder));
        Assert.DoesNotContain("..", folder, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
