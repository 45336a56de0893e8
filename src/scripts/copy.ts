/** Reveals the copy buttons beside citation blocks and copies their text on click. */
export function enableCopyButtons() {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        if (status) status.textContent = 'Copied to the clipboard.';
      } catch {
        if (status) status.textContent = 'Copying failed; select the text and copy it instead.';
      }
    });
  }
}
