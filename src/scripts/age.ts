/**
 * "(N days ago)" beside an assessment's date. Computed in the reader's browser, so the age is
 * true on the day it is read and the built pages stay byte-identical from one build to the next;
 * without JavaScript the date alone is shown.
 */
const DAY = 86_400_000;

export function ageText(isoDate: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(`${isoDate}T00:00:00Z`)) / DAY);
  if (!Number.isFinite(days) || days < 0) return '';
  if (days === 0) return '(today)';
  if (days < 60) return `(${days} day${days === 1 ? '' : 's'} ago)`;
  const months = Math.floor(days / 30.44);
  return months < 24 ? `(${months} months ago)` : `(${Math.floor(days / 365.25)} years ago)`;
}

/** Fills every `[data-age-of]` element with its date's age. */
export function showAges(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-age-of]')) {
    element.textContent = ` ${ageText(element.dataset.ageOf ?? '', new Date())}`;
  }
}
