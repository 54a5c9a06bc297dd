namespace DhrTracker.Core.ReviewPrint;

/// <summary>How a review is printed: the print view in the browser, or a Word document to edit.</summary>
public enum ReviewPrintFormat
{
    Page,
    Docx,
}
