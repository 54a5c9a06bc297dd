namespace DhrTracker.Core.NamesCheck;

/// <summary>Finds the held details in a document's passages: one <see cref="NameMatch"/> per person, detail and place, in reading order.</summary>
public static class NamesMatcher
{
    public static IReadOnlyList<NameMatch> Find(IReadOnlyList<DocumentPassage> passages, IReadOnlyList<NameTerm> terms)
    {
        var matches = new List<NameMatch>();
        foreach (var group in passages.GroupBy(p => p.Location))
        {
            foreach (var person in terms.GroupBy(t => (t.PersonId, t.Detail)))
            {
                var found = group.SelectMany(p => person.SelectMany(t => t.Pattern.Matches(p.Text)))
                    .Select(m => string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                if (found.Count > 0)
                {
                    // "Jane Smith" found whole also finds "Jane" and "Smith": say it once.
                    var whole = found.Where(f => !found.Any(o => o.Length > f.Length && o.Contains(f, StringComparison.OrdinalIgnoreCase))).ToList();
                    matches.Add(new(person.Key.PersonId, person.Key.Detail, group.Key, whole));
                }
            }
        }

        return matches;
    }
}
