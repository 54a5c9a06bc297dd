// Saves bytes streamed from the circuit as a file (Blazor docs, "Download from a stream"). A module, so CSP's script-src 'self' allows it.
export async function downloadFileFromStream(fileName, contentStreamReference) {
    const arrayBuffer = await contentStreamReference.arrayBuffer();
    const blob = new Blob([arrayBuffer], { type: "text/csv" });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = fileName ?? "";
    anchor.click();
    anchor.remove();
    URL.revokeObjectURL(url);
}
