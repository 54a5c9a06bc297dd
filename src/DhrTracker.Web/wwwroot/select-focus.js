// Keeps the focus on a select while one of its options is pressed with the mouse (ADR 0409).
// Pressing an option would move the focus to the option; MudSelect then hands the focus back to its box from the
// server, one round trip later. On a slow connection that call lands after the person has clicked into the next box,
// and what they type next goes to the select instead, where a letter picks a different option. Keeping the focus
// on the box, as the ARIA combobox pattern does, means there is nothing to hand back. The click still chooses.
document.addEventListener('mousedown', event => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    const list = option?.closest('[role="listbox"]');
    const box = document.activeElement;
    if (list?.id && box?.getAttribute('role') === 'combobox' && box.getAttribute('aria-controls') === list.id) {
        event.preventDefault();
    }
}, true);
