namespace DhrTracker.Core.Files;

/// <summary>Names for files the product writes.</summary>
public static class FileNames
{
    /// <summary>"Northbridge DHR/12" becomes "Northbridge-DHR-12": letters and digits only, safe in every file system.</summary>
    public static string Part(string text) =>
        string.Join('-', new string([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
