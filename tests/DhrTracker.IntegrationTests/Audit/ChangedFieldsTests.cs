using System.Text.Json;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>R15: values before and after a change, and what never goes into them (secrets, file bytes, whole reports).</summary>
public sealed class ChangedFieldsTests
{
    [Fact]
    public async Task A_change_gives_each_changed_field_before_and_after_and_leaves_bookkeeping_out()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = db.NewContext();
        var finding = new Finding { Id = Guid.NewGuid(), Narrative = "Before.", Type = FindingType.MissedOpportunity };
        context.Attach(finding);
        finding.Narrative = "After.";
        finding.UpdatedUtc = TestDatabase.Now.UtcDateTime;

        var values = Parse(ChangedFields.Values(context.Entry(finding)));

        Assert.Equal(["Narrative"], values.Keys);
        Assert.Equal(["Before.", "After."], values["Narrative"]);
        Assert.Equal("Narrative", ChangedFields.Of(context.Entry(finding)));
    }

    [Fact]
    public async Task A_new_record_has_no_before_a_removed_one_no_after_and_long_text_is_cut()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = db.NewContext();
        var added = new Finding { Id = Guid.NewGuid(), Narrative = new string('x', 600) };
        context.Add(added);
        var removed = new Finding { Id = Guid.NewGuid(), Narrative = "Gone." };
        context.Attach(removed);
        context.Remove(removed);

        var created = Parse(ChangedFields.Values(context.Entry(added)));
        var deleted = Parse(ChangedFields.Values(context.Entry(removed)));

        Assert.Null(created["Narrative"][0]);
        Assert.Equal(new string('x', ChangedFields.MaxTextLength) + "…", created["Narrative"][1]);
        Assert.DoesNotContain("Id", created.Keys);
        Assert.Equal(["Gone.", null], deleted["Narrative"]);
    }

    [Fact]
    public async Task Passwords_hashes_stamps_and_file_bytes_never_reach_the_values()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = db.NewContext();
        var account = new AppUser { DisplayName = "Sample", PasswordHash = "hash", SecurityStamp = "stamp", ConcurrencyStamp = "c" };
        context.Add(account);
        var file = new StoredFileContent { FileId = Guid.NewGuid(), Bytes = [1, 2, 3] };
        context.Add(file);

        var values = ChangedFields.Values(context.Entry(account))!;

        Assert.Contains("DisplayName", values);
        Assert.DoesNotContain("hash", values);
        Assert.DoesNotContain("stamp", values, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bytes", ChangedFields.Values(context.Entry(file)) ?? "");
    }

    // Values keep their JSON type (a flag is true or false); text is compared as text, anything else by its JSON.
    private static Dictionary<string, string?[]> Parse(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(json!)!.ToDictionary(p => p.Key, p => p.Value.Select(v => v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => v.GetString(),
            _ => v.GetRawText(),
        }).ToArray());
}
