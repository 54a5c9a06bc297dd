using System.Reflection;
using DhrTracker.Core.Common;

namespace DhrTracker.UnitTests.Common;

/// <summary>
/// The checks every form's merge list must pass (R19, ADR 0408): a property added to a form but not to its merge would
/// be overwritten silently when two people save, and a row written by hand could read or copy a neighbour's property.
/// </summary>
internal static class MergeFieldChecks
{
    /// <param name="notMerged">Properties deliberately outside the list (the version; facts merged as part of another).</param>
    public static void EveryPropertyIsMergedAndCopiedAlone<T>(IReadOnlyList<MergeField<T>> fields, params string[] notMerged) where T : class, new()
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        Assert.Equal(properties.Select(p => p.Name).Except(notMerged).Order(), fields.Select(f => f.Name).Order());
        foreach (var field in fields)
        {
            var property = typeof(T).GetProperty(field.Name)!;
            var from = new T();
            property.SetValue(from, Sample(property.PropertyType, property.GetValue(from)));
            var to = new T();

            field.Copy(from, to);

            Assert.NotEqual(property.GetValue(new T()), property.GetValue(from));
            Assert.All(properties, p => Assert.Equal(p.GetValue(p.Name == field.Name ? from : new T()), p.GetValue(to)));
        }
    }

    // A value other than the form's default, so a copy of the wrong property cannot pass.
    private static object Sample(Type type, object? current) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "sample",
        var t when t == typeof(bool) => current is not true,
        var t when t == typeof(int) => 37,
        var t when t == typeof(DateOnly) => new DateOnly(2026, 2, 3),
        var t when t.IsEnum => Enum.GetValues(t).Cast<object>().First(v => !v.Equals(current)),
        var t when t == typeof(List<Guid>) => new List<Guid> { Guid.NewGuid() },
        var t => throw new InvalidOperationException($"No sample for {t}"),
    };
}
