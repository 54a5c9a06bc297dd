namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing's typography, on screen and in print: the HTML download carries it inline and the page
/// renders it too, so what prints from the page and from the file looks the same. Sized so a register
/// like the demo's fits one to two A4 pages: in print the text runs in two columns and the wide
/// comparison table spans both (ADR 0325).
/// </summary>
public static class BriefingStyle
{
    public const string Css = """
        .briefing { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c; max-width: 48rem; }
        .briefing .briefing-title { font-size: 20pt; margin: 0 0 0.2em; }
        .briefing .briefing-heading { font-size: 14pt; margin: 1em 0 0.3em; border-bottom: 2px solid #1d70b8; padding-bottom: 0.1em; }
        .briefing .briefing-subheading { font-size: 11.5pt; margin: 0.6em 0 0.2em; }
        .briefing p, .briefing ul { margin: 0 0 0.5em; }
        .briefing ul { padding-left: 1.4em; }
        .briefing .briefing-period { font-size: 12pt; font-weight: bold; color: #505a5f; }
        .briefing .briefing-footer { font-size: 9pt; color: #505a5f; border-top: 1px solid #b1b4b6; padding-top: 0.4em; margin-top: 1em; }
        .briefing table { border-collapse: collapse; margin: 0 0 0.6em; font-size: 10pt; }
        .briefing caption { text-align: left; font-weight: bold; padding-bottom: 0.2em; }
        .briefing th, .briefing td { border: 1px solid #b1b4b6; padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
        .briefing td.number, .briefing th.number { text-align: right; }
        .briefing th { background: #f3f2f1; }
        @media print {
          @page { size: A4; margin: 12mm; }
          .briefing { font-size: 9.5pt; line-height: 1.3; max-width: none; column-count: 2; column-gap: 8mm; }
          .briefing .briefing-title, .briefing .briefing-period, .briefing .briefing-footer, .briefing .briefing-wide { column-span: all; }
          .briefing .briefing-title { font-size: 16pt; }
          .briefing .briefing-period { font-size: 10.5pt; }
          .briefing .briefing-heading { font-size: 11.5pt; margin: 0.5em 0 0.2em; break-after: avoid; }
          .briefing .briefing-subheading { font-size: 10pt; margin: 0.4em 0 0.1em; break-after: avoid; }
          .briefing table { font-size: 8.5pt; }
          .briefing th, .briefing td { padding: 0.05em 0.35em; }
          .briefing tr, .briefing li { break-inside: avoid; }
        }
        """;
}
